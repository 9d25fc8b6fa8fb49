package fft

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/goscipy/goscipy/fftw"
)

// Effort is how hard FFTW's planner works on each new plan.
type Effort int

// Planner efforts, from FFTW's planner flags.
const (
	// Estimate picks a plan from FFTW's cost model in microseconds without
	// running anything. It is the default, as in most FFTW wrappers,
	// because a cache miss then costs little more than the transform.
	Estimate Effort = iota
	// Measure times candidate plans (FFTW_MEASURE): planning one size takes
	// milliseconds to seconds, and the plan often runs faster.
	Measure
	// Patient tries more algorithms than Measure (FFTW_PATIENT).
	Patient
	// Exhaustive tries them all (FFTW_EXHAUSTIVE); use a time limit.
	Exhaustive
)

// String returns the effort's name, "Estimate" to "Exhaustive".
func (e Effort) String() string {
	switch e {
	case Estimate:
		return "Estimate"
	case Measure:
		return "Measure"
	case Patient:
		return "Patient"
	case Exhaustive:
		return "Exhaustive"
	}
	return "Effort(" + strconv.Itoa(int(e)) + ")"
}

var effortFlags atomic.Uint32 // fftw.Flags of the current Effort

func plannerFlags() fftw.Flags { return fftw.Flags(effortFlags.Load()) }

// SetPlannerEffort sets how hard FFTW plans the transforms that need a new
// plan from now on, and bounds the time one plan may take (limit ≤ 0: no
// bound; FFTW then returns the best plan found in time). It is
// process-wide. Plans already cached stay and are used by nobody once the
// effort changes (the effort is part of the cache key), so they age out of
// the cache. With Measure and above, the first transform of each new size
// is slow; save the planner's wisdom with SaveWisdom and load it at start
// up so that a service plans once per machine. An unknown effort returns
// an *Error wrapping ErrValue.
func SetPlannerEffort(e Effort, limit time.Duration) error {
	var f fftw.Flags
	switch e {
	case Estimate:
		f = fftw.Estimate
	case Measure:
		f = fftw.Measure
	case Patient:
		f = fftw.Patient
	case Exhaustive:
		f = fftw.Exhaustive
	default:
		return newError(ErrValue, "effort", "%v is not one of Estimate, Measure, Patient, Exhaustive", e)
	}
	if limit <= 0 {
		limit = -1
	}
	fftw.SetTimeLimit(limit)
	effortFlags.Store(uint32(f))
	return nil
}

// PlannerEffort returns the effort set by SetPlannerEffort (Estimate by
// default).
func PlannerEffort() Effort {
	switch plannerFlags() {
	case fftw.Measure:
		return Measure
	case fftw.Patient:
		return Patient
	case fftw.Exhaustive:
		return Exhaustive
	}
	return Estimate
}

// wisdomMagic starts the text SaveWisdom writes.
const wisdomMagic = "goscipy-fft-wisdom 1"

// SaveWisdom writes what FFTW's planners (double and single precision) have
// learnt so far, for LoadWisdom in a later process on the same machine and
// FFTW build. The format is a header line, then for each precision a line
// "<precision> <length>" followed by FFTW's own wisdom text of that length.
// Wisdom records the plans made with Measure and above; Estimate plans add
// little.
func SaveWisdom(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, wisdomMagic)
	for _, sec := range []struct {
		name string
		text []byte
	}{{"double", fftw.ExportWisdom()}, {"single", fftw.ExportWisdom32()}} {
		fmt.Fprintf(bw, "%s %d\n", sec.name, len(sec.text))
		bw.Write(sec.text)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// LoadWisdom reads wisdom written by SaveWisdom and adds it to FFTW's
// planners, so that plans made afterwards with the same effort skip the
// measurements. It returns an *Error wrapping ErrValue if the text is not
// SaveWisdom's format or FFTW rejects it (wisdom from another FFTW version
// or precision); nothing is imported then for the failing precision.
func LoadWisdom(r io.Reader) error {
	br := bufio.NewReader(r)
	line, err := br.ReadString('\n')
	if err != nil || line != wisdomMagic+"\n" {
		return newError(ErrValue, "wisdom", "does not start with %q", wisdomMagic)
	}
	for _, sec := range []struct {
		name string
		load func([]byte) error
	}{{"double", fftw.ImportWisdom}, {"single", fftw.ImportWisdom32}} {
		var n int
		if _, err := fmt.Fscanf(br, sec.name+" %d\n", &n); err != nil || n < 0 || n > 1<<30 {
			return newError(ErrValue, "wisdom", "missing or malformed %q section header", sec.name)
		}
		text := make([]byte, n+1)
		if _, err := io.ReadFull(br, text); err != nil || text[n] != '\n' {
			return newError(ErrValue, "wisdom", "%q section shorter than its %d bytes", sec.name, n)
		}
		text = bytes.TrimSuffix(text, []byte("\n"))
		if n == 0 {
			continue
		}
		if err := sec.load(text); err != nil {
			return &Error{Kind: ErrValue, Arg: "wisdom", Msg: "FFTW rejected the " + sec.name + "-precision wisdom", Err: err}
		}
	}
	return nil
}
