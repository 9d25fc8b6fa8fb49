package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/goscipy/goscipy/internal/benchfmt"
)

// progress draws a progress bar on a terminal and nothing anywhere else:
// logs and pipes get the start and end lines only, not a stream of
// carriage returns.
type progress struct {
	bar *progressbar.ProgressBar // nil when quiet
}

func newProgress(w io.Writer, quiet bool, total int) *progress {
	if quiet || !isTerminal(w) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription("starting"),
	)}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// update is benchsuite's Progress callback.
func (p *progress) update(done, _ int, k benchfmt.Key) {
	if p.bar == nil {
		return
	}
	if k.Kernel != "" {
		p.bar.Describe(k.String())
	}
	p.bar.Set(done)
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
