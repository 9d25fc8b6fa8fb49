package special

import (
	"errors"
	"fmt"
)

// Kinds of error, for errors.Is. The scalar functions never return errors
// (like SciPy's ufuncs they return NaN outside their domain); the slice
// functions return an *Error whose Kind is one of these where SciPy raises.
var (
	// ErrEmpty: an empty input where SciPy raises ValueError ("zero-size
	// array to reduction operation maximum which has no identity").
	ErrEmpty = errors.New("special: empty input")
	// ErrShape: slices whose lengths should match do not (SciPy cannot
	// broadcast them).
	ErrShape = errors.New("special: shape mismatch")
)

// Error is the error type of this package: a kind, the argument at fault
// and a message saying what was wrong.
type Error struct {
	Kind error  // ErrEmpty or ErrShape; errors.Is matches it
	Arg  string // the argument at fault ("a", "b", "x")
	Msg  string // what was wrong, with the values involved
}

// Error returns "special: <arg>: <msg>".
func (e *Error) Error() string { return "special: " + e.Arg + ": " + e.Msg }

// Unwrap returns the kind, so that errors.Is(err, special.ErrEmpty) works.
func (e *Error) Unwrap() error { return e.Kind }

func newError(kind error, arg, format string, a ...any) *Error {
	return &Error{Kind: kind, Arg: arg, Msg: fmt.Sprintf(format, a...)}
}
