package keys

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// PasswordEnv is the environment variable a password may come from.
const PasswordEnv = "DEFAAS_PASSWORD"

// Password finds the password: from file when given, else from $DEFAAS_PASSWORD, else asked
// for on the terminal (twice when confirm is set). With no terminal and no other source it
// says how to give one.
func Password(file string, prompt string, confirm bool, in *os.File, out io.Writer) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if p, ok := os.LookupEnv(PasswordEnv); ok {
		return p, nil
	}
	if in == nil || !term.IsTerminal(int(in.Fd())) {
		return "", errors.New("no password: give --password-file or set " + PasswordEnv + " (no terminal to ask on)")
	}
	fmt.Fprint(out, prompt)
	b, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(out)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	if confirm {
		fmt.Fprint(out, "Repeat password: ")
		again, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(out)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(again) != string(b) {
			return "", errors.New("the two passwords differ")
		}
	}
	return string(b), nil
}
