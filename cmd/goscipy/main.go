// Command goscipy inspects and exercises goscipy's native backends.
//
// Usage:
//
//	goscipy info [-json]     report the machine and the native libraries this
//	                         process runs on, and self-test them
//	goscipy bench [-suite quick] [-threads 1,2,N] [-o file]
//	                         time BLAS, LAPACK and FFT kernels, check their
//	                         determinism and accuracy, write a JSON document
//	goscipy compare a.json b.json … [-plot dir]
//	                         ratio table of bench documents, and plots
//	goscipy demo [-reps n]   time a gonum mat workload on pure Go, then on
//	                         native BLAS/LAPACK, and print the speed-up
//	goscipy help             print this summary
//
// Exit status: 0 on success, 1 when a command fails (info: a self-test
// failed), 2 on bad usage (compare: an input that is not a bench document),
// 130 when bench is interrupted.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

// command is one subcommand. run receives the arguments after the command
// name and returns the process exit status.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands lists the subcommands in the order help prints them; a new one
// is a new entry here and a file with its run function.
var commands = []command{
	{"info", "report machine and native libraries; self-test them", runInfo},
	{"bench", "time BLAS, LAPACK and FFT kernels; write a JSON document", runBench},
	{"compare", "compare bench documents: ratio table and plots", runCompare},
	{"demo", "time a gonum mat workload on pure Go and on native BLAS/LAPACK", runDemo},
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to the subcommand named by args[0].
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "goscipy: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: goscipy <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'goscipy <command> -h' for a command's flags.")
}

// newFlags returns a flag set for a subcommand that reports errors to
// stderr and lets the caller turn them into exit status 2.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("goscipy "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args and reports the exit status to return, or -1 to
// go on: -h is success, a bad flag or a stray argument is bad usage.
func parseFlags(fs *flag.FlagSet, args []string) int {
	switch err := fs.Parse(args); {
	case err == flag.ErrHelp:
		return exitOK
	case err != nil:
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	return -1
}
