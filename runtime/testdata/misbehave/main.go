// Command misbehave is the runtime's test function: ?do= picks a behaviour,
// good or bad. It is built twice from this source: as a plain command (CGI)
// and with -buildmode=c-shared as a defaas_v1 reactor. It avoids net/http so
// that the module stays small and compiles fast under the race detector.
package main

import (
	"bufio"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	mrand "math/rand"
	"os"
	"strconv"
	"strings"
	"time"
)

// served counts the requests this instance has served: a warm reactor
// instance counts up, a fresh one starts at 1.
var served int

func handle(env map[string]string, body io.Reader, out io.Writer, errOut io.Writer) {
	served++
	q := parseQuery(env["QUERY_STRING"])
	w := bufio.NewWriter(out)
	defer w.Flush()
	ok := func(text string) {
		w.WriteString("Content-Type: text/plain\r\n\r\n")
		w.WriteString(text)
	}
	switch q["do"] {
	case "", "ok":
		ok("ok")
	case "count":
		ok(strconv.Itoa(served))
	case "env":
		var b strings.Builder
		for _, k := range []string{"REQUEST_METHOD", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_X_TEST", "HTTP_AUTHORIZATION", "DEFAAS_LEASE", "SCRIPT_NAME"} {
			b.WriteString(k + "=" + env[k] + "\n")
		}
		data, _ := io.ReadAll(body)
		b.WriteString("BODY=" + string(data) + "\n")
		ok(b.String())
	case "status":
		// A status the function chooses itself, with a forged runtime marker.
		w.WriteString("Status: 503 Service Unavailable\r\nDeFaaS-Error: forged\r\nContent-Type: text/plain\r\n\r\nmy own 503")
	case "sleep":
		d, _ := time.ParseDuration(q["d"])
		time.Sleep(d)
		ok("slept")
	case "loop":
		for {
			served++
		}
	case "recurse":
		ok(strconv.Itoa(recurse(1 << 40)))
	case "entropy":
		// Everything a function could read that differs between runs: the
		// clocks, both random sources, a sleep.
		start := time.Now()
		time.Sleep(5 * time.Millisecond)
		b := make([]byte, 16)
		crand.Read(b)
		ok(fmt.Sprintf("now %s\nslept %s\ncrypto/rand %s\nmath/rand %d\ntime %s\n",
			start.Format(time.RFC3339Nano), time.Since(start), hex.EncodeToString(b), mrand.Int63(), env["HTTP_DEFAAS_TIME"]))
	case "bomb":
		var keep [][]byte
		for {
			b := make([]byte, 1<<20)
			for i := 0; i < len(b); i += 4096 { // touch every page
				b[i] = byte(i)
			}
			keep = append(keep, b)
		}
	case "flood":
		w.WriteString("Content-Type: text/plain\r\n\r\n")
		chunk := []byte(strings.Repeat("x", 64<<10))
		for i := 0; i < 1<<14; i++ { // 1 GiB
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	case "stderr":
		for i := 0; i < 1000; i++ {
			errOut.Write([]byte("complaint " + strconv.Itoa(i) + "\n"))
		}
		ok("logged")
	case "malformed":
		w.WriteString("this is not a CGI response")
	case "nocontenttype":
		w.WriteString("X-Foo: bar\r\n\r\nbody without a type")
	case "panic":
		panic("misbehave: asked to panic")
	case "exit":
		w.Flush()
		os.Exit(3)
	case "files":
		_, err := os.ReadFile("/etc/passwd")
		ok("error: " + errString(err))
	default:
		w.WriteString("Status: 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nunknown do=" + q["do"])
	}
}

// recurse goes n calls deep, each frame holding a little stack.
func recurse(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return recurse(n-1) + int(pad[n%64])
}

func errString(err error) string {
	if err == nil {
		return "none"
	}
	return err.Error()
}

func parseQuery(s string) map[string]string {
	q := map[string]string{}
	for _, kv := range strings.Split(s, "&") {
		k, v, _ := strings.Cut(kv, "=")
		q[k] = v
	}
	return q
}

func main() {
	env := map[string]string{}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	handle(env, os.Stdin, os.Stdout, os.Stderr)
}
