package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/defaas/defaas/runtime/internal/instrument"
)

// moduleConfig gives an instance the clocks, sleep and randomness of env
// (determinism.go) and nothing else of the host: no preopened directory, so
// no file system, and no socket. No start function runs at instantiation:
// the runtime calls _start or _initialize itself, under its interrupt.
func (f *Function) moduleConfig(env *guestEnv, vars []string, stdin io.Reader, stdout, stderr io.Writer) wazero.ModuleConfig {
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs("function").
		WithStartFunctions().
		WithWalltime(env.walltime, 1).
		WithNanotime(env.nanotime, 1).
		WithNanosleep(env.nanosleep).
		WithOsyield(func() {}).
		WithRandSource(env).
		WithStdout(stdout).
		WithStderr(stderr)
	if stdin != nil {
		mc = mc.WithStdin(stdin)
	}
	for _, kv := range vars {
		k, v, _ := cutEnv(kv)
		mc = mc.WithEnv(k, v)
	}
	return mc
}

// instantiate creates an instance whose memory is capped at the level and
// starts as img (nil: as the module's data segments say). It runs nothing
// of the module.
func (f *Function) instantiate(ctx context.Context, mc wazero.ModuleConfig, env *guestEnv, img *memoryImage) (*instance, error) {
	mem, err := newLinearMemory(f.memLimit, img)
	if err != nil {
		return nil, err
	}
	inst := &instance{mem: mem, env: env}
	used := false
	ctx = experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(
		func(_, _ uint64) experimental.LinearMemory {
			used = true
			return mem
		}))
	f.metrics.instances.WithLabelValues(f.abi.String()).Inc()
	mod, err := f.rt.InstantiateModule(ctx, f.compiled, mc)
	if err != nil {
		if !used {
			mem.Free()
		}
		return nil, err
	}
	inst.mod = mod
	inst.interrupt = mod.ExportedGlobal(instrument.InterruptExport).(api.MutableGlobal)
	inst.depth = mod.ExportedGlobal(instrument.DepthExport).(api.MutableGlobal)
	for _, name := range f.globals {
		inst.globals = append(inst.globals, mod.ExportedGlobal(name).(api.MutableGlobal))
	}
	return inst, nil
}

// initializedInstance creates a reactor instance and runs its _initialize,
// with the clocks at initTime and random_get keyed by the module's hash, so
// that initialization is the same wherever it runs.
func (f *Function) initializedInstance(ctx context.Context, logw io.Writer) (*instance, error) {
	env := &guestEnv{}
	env.begin(ctx, initTime, f.digest)
	il := &instanceLog{w: logw}
	inst, err := f.instantiate(ctx, f.moduleConfig(env, nil, nil, il, il), env, nil)
	if err != nil {
		return nil, err
	}
	inst.log = il
	_, err = f.call(ctx, inst, inst.mod.ExportedFunction("_initialize"))
	il.w = nil
	env.end()
	if err != nil {
		inst.close()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("_initialize did not return within %s", f.cfg.Timeout)
		}
		return nil, firstLine(err)
	}
	inst.handle = inst.mod.ExportedFunction(reactorExport)
	return inst, nil
}

// takeSnapshot keeps inst's memory and globals as the state every request
// starts from.
func (f *Function) takeSnapshot(inst *instance) error {
	b, ok := inst.mod.Memory().Read(0, inst.mod.Memory().Size())
	if !ok {
		return errors.New("read the instance's memory")
	}
	img, err := newMemoryImage(b)
	if err != nil {
		return err
	}
	f.image = img
	f.imageGlobals = make([]uint64, len(inst.globals))
	for i, g := range inst.globals {
		f.imageGlobals[i] = g.Get()
	}
	return nil
}

// instanceFromSnapshot creates a reactor instance in the snapshot's state,
// without running any of its code.
func (f *Function) instanceFromSnapshot(ctx context.Context) (*instance, error) {
	env := &guestEnv{ctx: context.Background()}
	il := &instanceLog{}
	inst, err := f.instantiate(ctx, f.moduleConfig(env, nil, nil, il, il), env, f.image)
	if err != nil {
		return nil, err
	}
	inst.log = il
	inst.handle = inst.mod.ExportedFunction(reactorExport)
	mem := inst.mod.Memory()
	if want := uint32(f.image.size >> 16); mem.Size()>>16 < want {
		if _, ok := mem.Grow(want - mem.Size()>>16); !ok {
			inst.close()
			return nil, errors.New("grow memory to the snapshot's size")
		}
	}
	// Instantiating wrote the data segments over the snapshot: drop those
	// pages, so that resets after requests copy back only what requests
	// write.
	if err := inst.mem.drop(); err != nil {
		inst.close()
		return nil, fmt.Errorf("reset memory: %w", err)
	}
	if err := f.restore(inst); err != nil {
		inst.close()
		return nil, err
	}
	return inst, nil
}

// restore puts inst back into the snapshot's state: memory (the data
// segments written at instantiation, or what a request wrote), globals, and
// the interrupt flag.
func (f *Function) restore(inst *instance) error {
	if inst.mem.size != f.image.size {
		return fmt.Errorf("memory is %d bytes, the snapshot %d", inst.mem.size, f.image.size)
	}
	if err := inst.mem.reset(); err != nil {
		return fmt.Errorf("reset memory: %w", err)
	}
	for i, g := range inst.globals {
		g.Set(f.imageGlobals[i])
	}
	inst.interrupt.Set(0)
	inst.depth.Set(0)
	return nil
}

// call runs fn on inst until it returns or ctx ends. When ctx ends, the
// interrupt global stops the guest at its next function entry or loop head,
// and a guest waiting in the host (a sleep) is woken and not resumed. It
// reports whether the guest was interrupted; an interrupted instance must not
// be reused.
func (f *Function) call(ctx context.Context, inst *instance, fn api.Function) (interrupted bool, err error) {
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		inst.interrupt.Set(1)
		close(fired)
	})
	_, err = fn.Call(ctx)
	if !stop() {
		<-fired
		interrupted = true
	}
	return interrupted, err
}

// Close stops every instance of the function and frees its runtime once the
// last running request has returned; those requests fail.
func (f *Function) Close(ctx context.Context) error {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return nil
	}
	f.closed = true
	for _, cancel := range f.busy {
		cancel()
	}
	idle := len(f.busy) == 0
	f.mu.Unlock()
	f.drainPool()
	if idle {
		f.finish()
	}
	return nil
}

func (f *Function) drainPool() {
	for {
		select {
		case inst := <-f.pool:
			inst.close()
		default:
			return
		}
	}
}

// finish frees the runtime, once no instance runs.
func (f *Function) finish() {
	_ = f.rt.Close(context.Background())
	if f.image != nil {
		f.image.close()
	}
}

// begin registers a running instance; false when the function is closed.
func (f *Function) begin(inst *instance, cancel context.CancelFunc) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.busy[inst] = cancel
	return true
}

// done unregisters a running instance and reports whether it may go back to
// the pool; the last instance of a closed function frees the runtime.
func (f *Function) done(inst *instance) (open bool) {
	f.mu.Lock()
	delete(f.busy, inst)
	open = !f.closed
	last := f.closed && len(f.busy) == 0
	f.mu.Unlock()
	if last {
		f.drainPool()
		f.finish()
	}
	return open
}
