package stats

import (
	"fmt"
	"strings"
)

// Kind classifies an *Error. The kinds are themselves errors, so that
// errors.Is(err, stats.ErrValue) reports whether err is an *Error of that
// kind.
type Kind int

// The kinds of *Error.
const (
	// ErrValue: a parameter outside its domain (a scale that is not
	// positive, a shape parameter SciPy's _argcheck rejects, a non-finite
	// location), SciPy's ValueError or its NaN-everywhere frozen
	// distribution.
	ErrValue Kind = iota + 1
	// ErrShape: samples whose lengths must match do not.
	ErrShape
	// ErrEmpty: an empty sample where SciPy raises.
	ErrEmpty
)

var kindNames = [...]string{
	ErrValue: "invalid value",
	ErrShape: "shape mismatch",
	ErrEmpty: "empty input",
}

// Error returns the kind's generic description, for example "stats:
// invalid value".
func (k Kind) Error() string {
	if k > 0 && int(k) < len(kindNames) {
		return "stats: " + kindNames[k]
	}
	return fmt.Sprintf("stats: error kind %d", int(k))
}

// Error is the only error type the package returns. Kind says what went
// wrong, Func which function or constructor failed, Arg the argument at
// fault ("scale", "df", "x") and Message what was wrong, with the values.
type Error struct {
	Kind    Kind
	Func    string
	Arg     string
	Message string
}

// Error formats the error as "stats.Func: arg: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("stats")
	if e.Func != "" {
		b.WriteString("." + e.Func)
	}
	b.WriteString(": ")
	if e.Arg != "" {
		b.WriteString(e.Arg + ": ")
	}
	if e.Message != "" {
		b.WriteString(e.Message)
	} else {
		b.WriteString(strings.TrimPrefix(e.Kind.Error(), "stats: "))
	}
	return b.String()
}

// Is reports whether target is e's Kind, so that errors.Is(err,
// stats.ErrValue) works.
func (e *Error) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && k == e.Kind
}

func newErr(kind Kind, fn, arg, format string, args ...any) *Error {
	return &Error{Kind: kind, Func: fn, Arg: arg, Message: fmt.Sprintf(format, args...)}
}
