package benchcmp

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Format is an image format the plots can be written in.
type Format string

// Image formats.
const (
	PNG Format = "png"
	SVG Format = "svg"
)

func newCanvas(f Format, w, h vg.Length) (vg.CanvasSizer, func(io.Writer) error, error) {
	switch f {
	case PNG:
		c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96))
		return c, func(out io.Writer) error { _, err := vgimg.PngCanvas{Canvas: c}.WriteTo(out); return err }, nil
	case SVG:
		c := vgsvg.New(w, h)
		return c, func(out io.Writer) error { _, err := c.WriteTo(out); return err }, nil
	}
	return nil, nil, fmt.Errorf("unknown image format %q (png or svg)", f)
}

// recoverPlot turns a panic inside gonum/plot (it panics on degenerate
// axes) into an error: a plot that cannot be drawn must not lose the
// comparison table already printed.
func recoverPlot(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("drawing the plot: %v", r)
	}
}

// series is one line of a throughput plot: one run at one thread count.
type series struct {
	name  string
	style int // fixes colour, dashes and marker across panels
	xys   plotter.XYs
}

// PlotThroughput draws one panel per kernel, GFLOP/s against problem size
// (median time for kernels without a conventional flop count), one line
// per run and thread count, and writes the image to w.
func PlotThroughput(w io.Writer, c Comparison, f Format) (err error) {
	defer recoverPlot(&err)
	var kernels []string
	for _, row := range c.Rows {
		if !slices.Contains(kernels, row.Key.Kernel) {
			kernels = append(kernels, row.Key.Kernel)
		}
	}
	if len(kernels) == 0 {
		return fmt.Errorf("no results to plot")
	}
	const cols = 4
	// One tile more than kernels: the legend gets a tile of its own
	// rather than covering a panel's lines.
	rows := (len(kernels) + 1 + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for i := range grid {
		grid[i] = make([]*plot.Plot, cols)
	}
	var legend []legendEntry
	for ki, k := range kernels {
		p, entries, err := kernelPanel(c, k)
		if err != nil {
			return err
		}
		grid[ki/cols][ki%cols] = p
		if len(entries) > len(legend) {
			legend = entries // the panel with the most series names them all
		}
	}
	grid[len(kernels)/cols][len(kernels)%cols] = legendPlot(legend)
	width, height := vg.Length(cols)*3*vg.Inch, vg.Length(rows)*2.4*vg.Inch
	cv, write, err := newCanvas(f, width, height)
	if err != nil {
		return err
	}
	dc := draw.New(cv)
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Millimeter * 4, PadY: vg.Millimeter * 4,
		PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	canvases := plot.Align(grid, tiles, dc)
	for j := range grid {
		for i, p := range grid[j] {
			if p != nil {
				p.Draw(canvases[j][i])
			}
		}
	}
	return write(w)
}

// seriesStyle numbers the (run, thread count) pairs of the comparison in
// order, so that a run at a thread count has the same style in every
// panel, whichever kernels it lacks.
func seriesStyle(c Comparison, run, threads int) int {
	i := 0
	for ri := range c.Runs {
		for _, t := range threadCounts(c, ri) {
			if ri == run && t == threads {
				return i
			}
			i++
		}
	}
	return i
}

// threadCounts lists the thread counts run ri timed, ascending.
func threadCounts(c Comparison, ri int) []int {
	var ts []int
	for _, row := range c.Rows {
		s := row.Base
		if ri > 0 {
			s = row.Others[ri-1].Stat
		}
		if s.Timed() && !slices.Contains(ts, s.Threads) {
			ts = append(ts, s.Threads)
		}
	}
	slices.Sort(ts)
	return ts
}

// legendEntry is one line of the legend tile.
type legendEntry struct {
	name   string
	thumbs []plot.Thumbnailer
}

// legendPlot is a plot with no axes whose legend lists entries.
func legendPlot(entries []legendEntry) *plot.Plot {
	p := plot.New()
	p.HideAxes()
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.TextStyle.Font.Size = vg.Points(10)
	for _, e := range entries {
		p.Legend.Add(e.name, e.thumbs...)
	}
	return p
}

// kernelPanel is one kernel's throughput panel, with the legend entries of
// its lines.
func kernelPanel(c Comparison, kernel string) (*plot.Plot, []legendEntry, error) {
	p := plot.New()
	p.Title.Text = kernel
	p.X.Label.Text = "n"
	p.X.Scale = plot.LogScale{}
	var sizes []float64
	useFlops := true
	for _, row := range c.Rows {
		if row.Key.Kernel != kernel {
			continue
		}
		if !slices.Contains(sizes, float64(row.Key.Size)) {
			sizes = append(sizes, float64(row.Key.Size))
		}
		for _, s := range append([]Stat{row.Base}, cellStats(row.Others)...) {
			if s.Timed() && s.GFLOPS == 0 {
				useFlops = false
			}
		}
	}
	slices.Sort(sizes)
	p.X.Tick.Marker = sizeTicks(sizes)
	if len(sizes) > 0 {
		// Explicit bounds: with one size, gonum would widen a zero-width
		// log axis by ±1 and reach non-positive values.
		p.X.Min, p.X.Max = sizes[0]/1.3, sizes[len(sizes)-1]*1.3
	}
	if useFlops {
		p.Y.Label.Text = "GFLOP/s"
		p.Y.Min = 0
	} else {
		p.Y.Label.Text = "median time (ms)"
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	}
	var all []series
	// A series per run, and per thread count where a run has several; the
	// index fixes its colour, so a run keeps its colour across panels.
	for ri, run := range c.Runs {
		byThreads := map[int]plotter.XYs{}
		var threads []int
		for _, row := range c.Rows {
			if row.Key.Kernel != kernel {
				continue
			}
			s := row.Base
			if ri > 0 {
				s = row.Others[ri-1].Stat
			}
			if !s.Timed() {
				continue
			}
			y := s.GFLOPS
			if !useFlops {
				y = float64(s.Median) / 1e6
			}
			if _, ok := byThreads[s.Threads]; !ok {
				threads = append(threads, s.Threads)
			}
			byThreads[s.Threads] = append(byThreads[s.Threads], plotter.XY{X: float64(row.Key.Size), Y: y})
		}
		for _, t := range threads {
			name := run.Name
			if len(threadCounts(c, ri)) > 1 || len(c.Runs) == 1 {
				name = fmt.Sprintf("%s, %d thr", run.Name, t)
			}
			xys := byThreads[t]
			slices.SortFunc(xys, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
			all = append(all, series{name, seriesStyle(c, ri, t), xys})
		}
	}
	if !useFlops {
		lo, hi := math.Inf(1), 0.0
		for _, s := range all {
			for _, xy := range s.xys {
				lo, hi = min(lo, xy.Y), max(hi, xy.Y)
			}
		}
		if hi > 0 {
			p.Y.Min, p.Y.Max = lo/1.5, hi*1.5
		}
	}
	var entries []legendEntry
	for _, s := range all {
		i := s.style
		l, pts, err := plotter.NewLinePoints(s.xys)
		if err != nil {
			return nil, nil, err
		}
		l.Color = plotutil.Color(i)
		l.Dashes = plotutil.Dashes(i / len(plotutil.DefaultColors))
		pts.Color = plotutil.Color(i)
		pts.Shape = plotutil.Shape(i)
		p.Add(l, pts)
		entries = append(entries, legendEntry{s.name, []plot.Thumbnailer{l, pts}})
	}
	p.Add(plotter.NewGrid())
	return p, entries, nil
}

func cellStats(cells []Cell) []Stat {
	out := make([]Stat, len(cells))
	for i, c := range cells {
		out[i] = c.Stat
	}
	return out
}

// sizeTicks labels the sizes present (as powers of two where they are).
func sizeTicks(sizes []float64) plot.ConstantTicks {
	var t plot.ConstantTicks
	for _, s := range sizes {
		label := fmt.Sprint(int(s))
		if e := math.Log2(s); e == math.Trunc(e) && s >= 4096 {
			label = fmt.Sprintf("2^%d", int(e))
		}
		t = append(t, plot.Tick{Value: s, Label: label})
	}
	return t
}

// PlotRatios draws a horizontal bar per case and run after the baseline:
// the speed-up over the baseline on a logarithmic axis (bars to the right
// of 1× are faster). With a single run against the baseline each bar
// carries a whisker over the range [lo, hi] of the speed-ups its samples
// allow (see the package doc); a whisker that crosses 1× is a difference
// within noise.
func PlotRatios(w io.Writer, c Comparison, f Format) (err error) {
	defer recoverPlot(&err)
	if len(c.Runs) < 2 {
		return fmt.Errorf("a ratio plot needs at least two runs")
	}
	threads := map[int]bool{}
	for _, row := range c.Rows {
		threads[row.Key.Threads] = true
	}
	var names []string
	var rows []Row
	for _, row := range c.Rows {
		if !slices.ContainsFunc(row.Others, func(o Cell) bool { return o.Comparable }) {
			continue
		}
		rows = append(rows, row)
		name := fmt.Sprintf("%s %d", row.Key.Kernel, row.Key.Size)
		if len(threads) > 1 {
			name += fmt.Sprintf(" (%d thr)", row.Key.Threads)
		}
		names = append(names, name)
	}
	if len(rows) == 0 {
		return fmt.Errorf("no case was timed by the baseline and another run")
	}
	// The nominal axis counts up from the bottom: reverse so the first
	// case is on top. With several runs, empty slots above it leave room
	// for the legend; a single run is named in the title instead.
	slices.Reverse(names)
	slices.Reverse(rows)
	p := plot.New()
	p.Title.Text = "speed-up over " + c.Runs[0].Name
	if len(c.Runs) == 2 {
		p.Title.Text = c.Runs[1].Name + ": " + p.Title.Text
	} else {
		for range len(c.Runs) - 1 {
			names = append(names, "")
		}
	}
	p.X.Label.Text = "median time of baseline / median time of run (log scale)"
	lo, hi := 0.0, 0.0
	others := len(c.Runs) - 1
	barW := vg.Points(10)
	for ri := 1; ri < len(c.Runs); ri++ {
		vals := make(plotter.Values, len(rows))
		var whiskers plotter.XYs
		var errs plotter.XErrors
		for i, row := range rows {
			o := row.Others[ri-1]
			if !o.Comparable {
				continue
			}
			vals[i] = math.Log10(o.Speedup)
			lo, hi = min(lo, vals[i]), max(hi, vals[i])
			if others == 1 {
				l, h := math.Log10(o.RatioLo), math.Log10(o.RatioHi)
				whiskers = append(whiskers, plotter.XY{X: vals[i], Y: float64(i)})
				errs = append(errs, struct{ Low, High float64 }{vals[i] - l, h - vals[i]})
				lo, hi = min(lo, l), max(hi, h)
			}
		}
		b, err := plotter.NewBarChart(vals, barW)
		if err != nil {
			return err
		}
		b.Horizontal = true
		b.Color = plotutil.Color(ri)
		b.LineStyle.Width = 0
		b.Offset = vg.Length(float64(ri-1)-float64(others-1)/2) * barW
		p.Add(b)
		if others > 1 {
			p.Legend.Add(c.Runs[ri].Name, b)
		}
		if len(whiskers) > 0 {
			eb, err := plotter.NewXErrorBars(struct {
				plotter.XYs
				plotter.XErrors
			}{whiskers, errs})
			if err != nil {
				return err
			}
			eb.CapWidth = barW / 2
			p.Add(eb)
		}
	}
	p.NominalY(names...)
	p.X.Min, p.X.Max = math.Floor(lo), math.Ceil(hi)
	if p.X.Min == p.X.Max {
		p.X.Max++
	}
	p.X.Tick.Marker = ratioTicks(p.X.Min, p.X.Max)
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	height := vg.Length(len(names)*others)*barW*1.3 + 1.5*vg.Inch
	cv, write, err := newCanvas(f, 7*vg.Inch, height)
	if err != nil {
		return err
	}
	p.Draw(draw.New(cv))
	return write(w)
}

// ratioTicks labels decades of a log10 axis as ratios: 0.1×, 1×, 10×.
func ratioTicks(lo, hi float64) plot.ConstantTicks {
	var t plot.ConstantTicks
	for e := lo; e <= hi; e++ {
		t = append(t, plot.Tick{Value: e, Label: FormatRatio(math.Pow(10, e))})
		if e < hi {
			for m := 2.0; m < 10; m++ {
				t = append(t, plot.Tick{Value: e + math.Log10(m)})
			}
		}
	}
	return t
}
