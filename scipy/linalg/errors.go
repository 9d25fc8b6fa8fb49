package linalg

import (
	"fmt"
	"strings"
)

// Kind classifies an *Error. The kinds are themselves errors, so that
// errors.Is(err, linalg.ErrSingular) reports whether err is an *Error of that
// kind.
type Kind int

// The kinds of *Error.
const (
	// ErrSingular: the matrix is exactly singular (a zero pivot in its LU
	// factorization, a zero diagonal of a triangular matrix). SciPy raises
	// LinAlgError("Matrix is singular.").
	ErrSingular Kind = iota + 1
	// ErrNotPositiveDefinite: a Cholesky factorization met a leading minor
	// that is not positive definite.
	ErrNotPositiveDefinite
	// ErrNoConvergence: an iterative LAPACK algorithm (SVD, eigenvalues) did
	// not converge.
	ErrNoConvergence
	// ErrShape: an argument has the wrong shape (not square, mismatched
	// rows), or is nil.
	ErrShape
	// ErrNotFinite: an argument holds NaN or ±Inf and the finite check was
	// not skipped. SciPy raises ValueError("array must not contain infs or
	// NaNs").
	ErrNotFinite
	// ErrValue: an option has an invalid value (an unknown AssumeA, a
	// negative rcond), SciPy's ValueError.
	ErrValue
)

var kindNames = [...]string{
	ErrSingular:            "matrix is singular",
	ErrNotPositiveDefinite: "matrix is not positive definite",
	ErrNoConvergence:       "algorithm did not converge",
	ErrShape:               "wrong shape",
	ErrNotFinite:           "array must not contain infs or NaNs",
	ErrValue:               "invalid value",
}

// Error returns the kind's generic description, for example "matrix is
// singular".
func (k Kind) Error() string {
	if k > 0 && int(k) < len(kindNames) {
		return "linalg: " + kindNames[k]
	}
	return fmt.Sprintf("linalg: error kind %d", int(k))
}

// Error is the only error type the package returns. Kind says what went
// wrong; Routine and Info say which LAPACK routine reported it and with what
// status (Info follows LAPACK's 1-based convention, 0 when no routine was
// involved); Arg names the argument at fault ("a", "b", "opts.AssumeA");
// Message is a complete sentence that says what to do.
type Error struct {
	Kind    Kind
	Func    string // the linalg function that failed, e.g. "Solve"
	Arg     string
	Routine string
	Info    int
	Message string
}

// Error formats the error as "linalg.Func: arg: message (routine info=N)".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("linalg")
	if e.Func != "" {
		b.WriteString(".")
		b.WriteString(e.Func)
	}
	b.WriteString(": ")
	if e.Arg != "" {
		b.WriteString(e.Arg)
		b.WriteString(": ")
	}
	if e.Message != "" {
		b.WriteString(e.Message)
	} else {
		b.WriteString(strings.TrimPrefix(e.Kind.Error(), "linalg: "))
	}
	if e.Routine != "" {
		fmt.Fprintf(&b, " (%s info=%d)", e.Routine, e.Info)
	}
	return b.String()
}

// Is reports whether target is e's Kind, so that errors.Is(err,
// linalg.ErrSingular) works.
func (e *Error) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && k == e.Kind
}

func newErr(kind Kind, fn, arg, format string, args ...any) *Error {
	return &Error{Kind: kind, Func: fn, Arg: arg, Message: fmt.Sprintf(format, args...)}
}

// recoverTo turns a panic that escaped our own validation into an error, so
// that no panic crosses the package boundary whatever the input. It is a last
// line of defence: every input we know of is validated first, and the
// message says that reaching it is a bug to report.
func recoverTo(fn string, err *error) {
	if r := recover(); r != nil {
		*err = &Error{Kind: ErrValue, Func: fn, Message: fmt.Sprintf("internal error (please report): %v", r)}
	}
}
