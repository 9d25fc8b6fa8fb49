package golden

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"testing"
)

type sample struct {
	X Float     `json:"x"`
	Z Complex   `json:"z"`
	V []Float   `json:"v"`
	C []Complex `json:"c"`
}

// The fixture is written here by hand in the generator's encoding, so the
// test checks the decoder against the format, not against itself.
const fixture = `{"generator": "hand", "versions": {"scipy": "0"},
 "cases": [{"x": 0.1, "z": [1.5, -2], "v": ["nan", "inf", "-inf", 5e-324, -0.0],
            "c": [["nan", 0], [1, "-inf"]]}]}`

func writeFixture(t *testing.T, gz bool) string {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.json")
	data := []byte(fixture)
	if gz {
		name += ".gz"
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestDecodeNonFiniteAndComplex(t *testing.T) {
	for _, gz := range []bool{false, true} {
		var f File[sample]
		if err := decode(writeFixture(t, gz), &f); err != nil {
			t.Fatalf("gz=%v: %v", gz, err)
		}
		c := f.Cases[0]
		if c.X != 0.1 || complex128(c.Z) != complex(1.5, -2) {
			t.Errorf("gz=%v: x=%v z=%v", gz, c.X, c.Z)
		}
		v := Floats(c.V)
		if !math.IsNaN(v[0]) || !math.IsInf(v[1], 1) || !math.IsInf(v[2], -1) || v[3] != 5e-324 || !math.Signbit(v[4]) {
			t.Errorf("gz=%v: v=%v", gz, v)
		}
		z := Complexes(c.C)
		if !math.IsNaN(real(z[0])) || !math.IsInf(imag(z[1]), -1) {
			t.Errorf("gz=%v: c=%v", gz, z)
		}
		if f.Versions["scipy"] != "0" || f.Generator != "hand" {
			t.Errorf("gz=%v: envelope %+v", gz, f)
		}
	}
}

func TestDecodeRejectsMalformed(t *testing.T) {
	for _, bad := range []string{
		`{"cases": [{"x": "NaN"}]}`,   // only lower-case names are written
		`{"cases": [{"z": [1]}]}`,     // complex needs two parts
		`{"cases": [{"unknown": 1}]}`, // unknown fields mean a stale reader
	} {
		path := filepath.Join(t.TempDir(), "bad.json")
		os.WriteFile(path, []byte(bad), 0o644)
		var f File[sample]
		if err := decode(path, &f); err == nil {
			t.Errorf("decode(%s) succeeded", bad)
		}
	}
}

func TestRelErr(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct{ got, want, err float64 }{
		{1, 1, 0},
		{1 + 0x1p-52, 1, 0x1p-52},
		{1e-300, 0, 1e-300},
		{nan, nan, 0},
		{nan, 1, inf},
		{1, nan, inf},
		{inf, inf, 0},
		{-inf, inf, inf},
		{1e308, inf, inf},
	}
	for _, c := range cases {
		got := RelErr(c.got, c.want)
		if got != c.err {
			t.Errorf("RelErr(%v, %v) = %v, want %v", c.got, c.want, got, c.err)
		}
	}
}

func TestMaxNormErr(t *testing.T) {
	want := []complex128{4, 0, complex(0, -2)}
	if e := MaxNormErr([]complex128{4, 0.004, complex(0, -2)}, want); math.Abs(e-0.001) > 1e-15 {
		t.Errorf("scaled error %v, want 0.001", e)
	}
	if e := MaxNormErr(want[:2], want); !math.IsInf(e, 1) {
		t.Errorf("length mismatch gave %v", e)
	}
	if e := MaxNormErr([]complex128{complex(math.NaN(), 0)}, []complex128{1}); !math.IsInf(e, 1) {
		t.Errorf("NaN on one side gave %v", e)
	}
	if e := MaxNormErr([]complex128{complex(math.NaN(), 0)}, []complex128{complex(math.NaN(), 0)}); e != 0 {
		t.Errorf("NaN on both sides gave %v", e)
	}
}

func TestPathFindsModuleTestdata(t *testing.T) {
	p := Path(t, "x.json")
	if filepath.Base(filepath.Dir(p)) != "testdata" {
		t.Fatalf("Path = %s", p)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(filepath.Dir(p)), "go.mod")); err != nil {
		t.Fatalf("Path %s is not beside go.mod: %v", p, err)
	}
}
