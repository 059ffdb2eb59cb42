// Command oops is a function that answers every request with a 500 of its own choosing, as
// a customer might to get its fee back: the witness tests check that it counts as served.
// It avoids net/http so that the module stays small.
package main

import "os"

func main() {
	os.Stdout.WriteString("Status: 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nmy own failure\n")
}
