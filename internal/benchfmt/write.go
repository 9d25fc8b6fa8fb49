package benchfmt

import (
	"encoding/json"
	"io"
	"slices"
)

// Write encodes d as indented JSON (one field per line, so documents diff
// well) followed by a newline. It fills in Format and SchemaVersion.
func Write(w io.Writer, d *Document) error {
	d.Format = Format
	d.SchemaVersion = SchemaVersion
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// Summarize returns the minimum, median and maximum of times; the median
// of an even count is the mean of the two middle values, rounded down.
// It returns zeros for no times.
func Summarize(times []int64) (lo, median, hi int64) {
	if len(times) == 0 {
		return 0, 0, 0
	}
	s := slices.Clone(times)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		median = s[n/2]
	} else {
		a, b := s[n/2-1], s[n/2]
		median = a + (b-a)/2 // no overflow for large times
	}
	return s[0], median, s[n-1]
}
