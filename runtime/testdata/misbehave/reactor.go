package main

import (
	"io"
	"os"
	"strings"
	"unsafe"
)

//go:wasmimport defaas_v1 request_env
func requestEnv(buf unsafe.Pointer, capacity uint32) uint32

//go:wasmimport defaas_v1 request_body_read
func requestBodyRead(buf unsafe.Pointer, capacity uint32) uint32

//go:wasmimport defaas_v1 response_write
func responseWrite(buf unsafe.Pointer, n uint32) uint32

//go:wasmexport defaas_v1_handle
func defaasHandle() {
	buf := make([]byte, 1<<16)
	n := requestEnv(unsafe.Pointer(&buf[0]), uint32(len(buf)))
	env := map[string]string{}
	for _, kv := range strings.Split(string(buf[:n]), "\x00") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	handle(env, body{}, out{}, os.Stderr)
}

type body struct{}

func (body) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n := requestBodyRead(unsafe.Pointer(&p[0]), uint32(len(p)))
	if n == 0 {
		return 0, io.EOF
	}
	return int(n), nil
}

type out struct{}

func (out) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if responseWrite(unsafe.Pointer(&p[0]), uint32(len(p))) == 0 {
		return 0, io.ErrShortWrite
	}
	return len(p), nil
}
