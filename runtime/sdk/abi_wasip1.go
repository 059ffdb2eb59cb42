//go:build wasip1 && !defaas_cgi

package sdk

import (
	"bufio"
	"errors"
	"io"
	"unsafe"
)

//go:wasmimport defaas_v1 request_env
func requestEnv(buf unsafe.Pointer, capacity uint32) uint32

//go:wasmimport defaas_v1 request_body_read
func requestBodyRead(buf unsafe.Pointer, capacity uint32) uint32

//go:wasmimport defaas_v1 response_write
func responseWrite(buf unsafe.Pointer, n uint32) uint32

// Reused across requests: an instance serves one request at a time, and
// fresh buffers per request would only feed the guest's garbage collector.
var (
	envBuf = make([]byte, 4096)
	out    = bufio.NewWriterSize(hostWriter{}, 32<<10)
)

//go:wasmexport defaas_v1_handle
func handle() {
	n := requestEnv(unsafe.Pointer(&envBuf[0]), uint32(len(envBuf)))
	if int(n) > len(envBuf) {
		envBuf = make([]byte, n)
		n = requestEnv(unsafe.Pointer(&envBuf[0]), uint32(len(envBuf)))
	}
	env := parseEnv(envBuf[:n])
	out.Reset(hostWriter{})
	if err := serve(env, hostBody{}, out); err != nil {
		// The host has cut the response off (over its bound) or could not
		// decode the request; either way it answers for us.
		return
	}
}

type hostBody struct{}

func (hostBody) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n := requestBodyRead(unsafe.Pointer(&p[0]), uint32(len(p)))
	if n == 0 {
		return 0, io.EOF
	}
	return int(n), nil
}

var errOutputBound = errors.New("defaas: response over the provider's bound")

type hostWriter struct{}

func (hostWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if responseWrite(unsafe.Pointer(&p[0]), uint32(len(p))) == 0 {
		return 0, errOutputBound
	}
	return len(p), nil
}
