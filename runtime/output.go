package runtime

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
)

var errOutputBound = errors.New("output over the bound")

// boundedBuffer collects a response up to a limit. Crossing the limit cancels
// the request's context, which closes the instance at once: a function writing
// a gigabyte is stopped at the bound rather than left to spin until the
// timeout.
type boundedBuffer struct {
	bytes.Buffer
	limit    int64
	cancel   context.CancelFunc
	overflow bool
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	if b.overflow {
		return 0, errOutputBound
	}
	if int64(b.Len())+int64(len(p)) > b.limit {
		b.overflow = true
		b.cancel()
		return 0, errOutputBound
	}
	return b.Buffer.Write(p)
}

// logWriter sends a function's stderr to the log, a line per record, up to a
// limit per request; the rest is counted and dropped, never failing the
// function.
type logWriter struct {
	log     *slog.Logger
	limit   int64
	n       int64
	line    []byte
	dropped int64
}

func newLogWriter(log *slog.Logger, limit int64) *logWriter {
	return &logWriter{log: log, limit: limit}
}

func (w *logWriter) Write(p []byte) (int, error) {
	n := len(p)
	if room := w.limit - w.n; int64(len(p)) > room {
		w.dropped += int64(len(p)) - max(room, 0)
		p = p[:max(room, 0)]
	}
	w.n += int64(len(p))
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			w.line = append(w.line, p...)
			break
		}
		w.line = append(w.line, p[:i]...)
		w.emit()
		p = p[i+1:]
	}
	return n, nil
}

func (w *logWriter) emit() {
	w.log.Info("function output", "line", string(w.line))
	w.line = w.line[:0]
}

// Flush logs a last unterminated line and how much was dropped.
func (w *logWriter) Flush() {
	if len(w.line) > 0 {
		w.emit()
	}
	if w.dropped > 0 {
		w.log.Warn("function output over the log bound, dropped", "bytes", w.dropped, "limit", w.limit)
		w.dropped = 0
	}
}

// instanceLog is a warm instance's stdout and stderr: it forwards to the log
// of the request being served and discards anything written between requests.
type instanceLog struct{ w io.Writer }

func (l *instanceLog) Write(p []byte) (int, error) {
	if l.w == nil {
		return len(p), nil
	}
	return l.w.Write(p)
}
