package runtime

// WithWazeroTermination makes e's functions also use wazero's own
// termination check (WithCloseOnContextDone), the mechanism the runtime had
// before the instrumented interrupt: for the benchmarks that compare the two
// in one run. wazero's compilation cache does not key compiled code by this
// setting, so such an engine needs a cache directory of its own.
func WithWazeroTermination(e *Engine) { e.wazeroCheck = true }
