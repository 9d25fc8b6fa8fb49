package fftw

import (
	"bytes"
	"errors"
	"testing"
)

// testWisdomRoundTrip: a Measure plan leaves wisdom; after ForgetWisdom a
// WisdomOnly plan for the same problem fails, and after importing the
// exported wisdom it succeeds again.
func testWisdomRoundTrip(t *testing.T, export func() []byte, imp func([]byte) error, forget func(),
	mk func(Flags) (interface{ Close() error }, error), header string) {
	p, err := mk(Measure)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	w := export()
	if !bytes.Contains(w, []byte(header)) {
		t.Fatalf("exported wisdom %.80q lacks %q", w, header)
	}
	forget()
	if _, err := mk(Measure | WisdomOnly); !errors.Is(err, ErrNoPlan) {
		t.Fatalf("WisdomOnly after ForgetWisdom: %v, want ErrNoPlan", err)
	}
	if err := imp(w); err != nil {
		t.Fatalf("ImportWisdom(exported): %v", err)
	}
	q, err := mk(Measure | WisdomOnly)
	if err != nil {
		t.Fatalf("WisdomOnly after ImportWisdom: %v", err)
	}
	q.Close()
	for _, bad := range [][]byte{[]byte("(not wisdom)"), []byte("(fftw-3.3.10 fftw_wisdom\x00)"), []byte("")} {
		if err := imp(bad); !errors.Is(err, ErrWisdom) {
			t.Errorf("ImportWisdom(%q): %v, want ErrWisdom", bad, err)
		}
	}
}

func TestWisdom(t *testing.T) {
	dims := []Dim{{48, 1, 1}}
	t.Run("double", func(t *testing.T) {
		testWisdomRoundTrip(t, ExportWisdom, ImportWisdom, ForgetWisdom, func(f Flags) (interface{ Close() error }, error) {
			return NewPlanDFT(dims, nil, Forward, &PlanOptions{Flags: f})
		}, "fftw_wisdom")
	})
	t.Run("single", func(t *testing.T) {
		testWisdomRoundTrip(t, ExportWisdom32, ImportWisdom32, ForgetWisdom32, func(f Flags) (interface{ Close() error }, error) {
			return NewPlanDFT32(dims, nil, Forward, &PlanOptions{Flags: f})
		}, "fftwf_wisdom")
	})
	t.Run("cross", func(t *testing.T) {
		if err := ImportWisdom32(ExportWisdom()); !errors.Is(err, ErrWisdom) {
			t.Errorf("double wisdom into fftw3f: %v, want ErrWisdom", err)
		}
		if err := ImportWisdom(ExportWisdom32()); !errors.Is(err, ErrWisdom) {
			t.Errorf("single wisdom into fftw3: %v, want ErrWisdom", err)
		}
	})
}
