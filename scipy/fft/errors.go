package fft

import (
	"errors"
	"fmt"
)

// Kinds of error, for errors.Is. Every error this package returns is an
// *Error whose Kind is one of them.
var (
	// ErrValue: an option or argument has a value SciPy rejects: an unknown
	// Norm or Type, N or an entry of S below 1, Workers out of range, a
	// DCT-I of fewer than two points, a zero sample spacing, a negative
	// NextFastLen target.
	ErrValue = errors.New("fft: invalid value")
	// ErrShape: the data does not match its shape: empty input, a shape
	// whose product differs from the data's length, a dimension below 1, or
	// S and Axes of different lengths.
	ErrShape = errors.New("fft: shape mismatch")
	// ErrAxis: an axis is out of range for the data's dimensions or
	// repeated.
	ErrAxis = errors.New("fft: invalid axis")
	// ErrNative: FFTW could not make or run a plan for arguments this
	// package had validated (for example memory exhausted); Error.Err holds
	// the fftw package's error.
	ErrNative = errors.New("fft: FFTW failed")
)

// Error is the error type of this package: a kind, the argument at fault,
// a message saying what was wrong, and for ErrNative the underlying error
// from package fftw.
type Error struct {
	Kind error  // ErrValue, ErrShape, ErrAxis or ErrNative; errors.Is matches it
	Arg  string // the argument or option at fault ("x", "shape", "NDOptions.Axes[1]"), or ""
	Msg  string // what was wrong, with the values involved
	Err  error  // the underlying error, or nil
}

// Error returns "fft: <arg>: <msg>".
func (e *Error) Error() string {
	s := "fft: "
	if e.Arg != "" {
		s += e.Arg + ": "
	}
	s += e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the kind and the underlying error, so that errors.Is
// matches either (errors.Is(err, fft.ErrShape), errors.Is(err, fftw.ErrNoPlan)).
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

func newError(kind error, arg, format string, a ...any) *Error {
	return &Error{Kind: kind, Arg: arg, Msg: fmt.Sprintf(format, a...)}
}
