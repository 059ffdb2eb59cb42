package runtime

import (
	"context"
	"io"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// hostModuleName is the import module of the defaas_v1 ABI; see package
// runtime/sdk for the guest side.
const hostModuleName = "defaas_v1"

// call is the request a warm instance is serving, reached by the host
// functions through the context of the defaas_v1_handle call.
type call struct {
	env  []byte
	body io.Reader
	out  *boundedBuffer
}

type callKey struct{}

func withCall(ctx context.Context, c *call) context.Context {
	return context.WithValue(ctx, callKey{}, c)
}

func callFrom(ctx context.Context) *call {
	c, _ := ctx.Value(callKey{}).(*call)
	return c
}

var i32 = api.ValueTypeI32

func instantiateHostModule(ctx context.Context, rt wazero.Runtime) error {
	_, err := rt.NewHostModuleBuilder(hostModuleName).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(requestEnv), []api.ValueType{i32, i32}, []api.ValueType{i32}).
		WithParameterNames("buf", "cap").Export("request_env").
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(requestBodyRead), []api.ValueType{i32, i32}, []api.ValueType{i32}).
		WithParameterNames("buf", "cap").Export("request_body_read").
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(responseWrite), []api.ValueType{i32, i32}, []api.ValueType{i32}).
		WithParameterNames("buf", "len").Export("response_write").
		Instantiate(ctx)
	return err
}

// guestBytes is the guest memory [ptr, ptr+n); an out-of-range pointer traps
// the instance, which is then discarded.
func guestBytes(m api.Module, ptr, n uint32) []byte {
	b, ok := m.Memory().Read(ptr, n)
	if !ok {
		panic("defaas_v1: buffer out of the instance's memory")
	}
	return b
}

// requestEnv copies the CGI variables if they fit and returns their size.
func requestEnv(ctx context.Context, m api.Module, stack []uint64) {
	c := callFrom(ctx)
	if c == nil {
		stack[0] = 0
		return
	}
	ptr, capacity := api.DecodeU32(stack[0]), api.DecodeU32(stack[1])
	if uint32(len(c.env)) <= capacity {
		copy(guestBytes(m, ptr, uint32(len(c.env))), c.env)
	}
	stack[0] = api.EncodeU32(uint32(len(c.env)))
}

// requestBodyRead reads the body straight into guest memory; 0 is the end.
func requestBodyRead(ctx context.Context, m api.Module, stack []uint64) {
	c := callFrom(ctx)
	ptr, capacity := api.DecodeU32(stack[0]), api.DecodeU32(stack[1])
	if c == nil || capacity == 0 {
		stack[0] = 0
		return
	}
	buf := guestBytes(m, ptr, capacity)
	for {
		n, err := c.body.Read(buf)
		if n > 0 || err != nil {
			stack[0] = api.EncodeU32(uint32(n))
			return
		}
	}
}

// responseWrite appends to the response; 0 once over the bound, after which
// the instance is being closed.
func responseWrite(ctx context.Context, m api.Module, stack []uint64) {
	c := callFrom(ctx)
	ptr, n := api.DecodeU32(stack[0]), api.DecodeU32(stack[1])
	if c == nil {
		stack[0] = 0
		return
	}
	if _, err := c.out.Write(guestBytes(m, ptr, n)); err != nil {
		stack[0] = 0
		return
	}
	stack[0] = 1
}
