package main

import (
	"bytes"
	"fmt"
	"log"
	"slices"
	"strings"
	"text/template"
)

// prec describes one of the four BLAS precisions.
type prec struct {
	U, L   string // routine prefix: "D" and "d"
	RU, RL string // prefix of the matching real precision: "D", "d" for Z
	T      string // Go element type
	R      string // Go real type (T itself for S and D)
	CT     string // C real type
	Cmplx  bool
}

var (
	precS = prec{U: "S", L: "s", RU: "S", RL: "s", T: "float32", R: "float32", CT: "float"}
	precD = prec{U: "D", L: "d", RU: "D", RL: "d", T: "float64", R: "float64", CT: "double"}
	precC = prec{U: "C", L: "c", RU: "S", RL: "s", T: "complex64", R: "float32", CT: "float", Cmplx: true}
	precZ = prec{U: "Z", L: "z", RU: "D", RL: "d", T: "complex128", R: "float64", CT: "double", Cmplx: true}
)

// family is one row of a spec table: a BLAS routine family, with the
// variants its real template (S, D) and complex template (C, Z) produce.
type family struct {
	Level int
	Real  []variant
	Cplx  []variant
}

// variant is the template of one routine for every precision of a kind.
// String fields are text/template sources executed with a prec as data.
type variant struct {
	Name    string // method name, e.g. "{{.U}}gemv"
	Only    string // if set, the prefixes (U) it exists for, e.g. "S"
	Doc     string // doc comment body after the method name
	Params  string // Go parameter list
	Results string // Go result list, empty for none
	Size    string // size metric compared with Cross
	Cross   string // crossover constant in crossover.go
	Check   string // argument checks and quick returns, in gonum's order
	// Unit, where non-empty for a precision, is the start of the small
	// path: statements that finish valid unit-stride calls through an
	// inlinable gonum wrapper of gonum's kernel (floats.Dot, …), which
	// saves the call frame of delegating to gonum's method (see
	// crossover.go). Anything it does not finish falls through to gonum.
	Unit  string
	Pre   string // statements after the checks, before the native call
	CName string // routine name after "cblas_", e.g. "{{.L}}gemv"
	CArgs string // space-separated kind:expr arguments (see cArgs)
	CRet  string // C return type: "" void, "R" the C real type, "idx" CBLAS_INDEX, else literal
	Ret   string // Go expression returned after the call; ret is the C result
}

// method is a variant instantiated for one precision.
type method struct {
	prec
	Name    string
	Doc     string
	Params  string
	Results string
	Size    string
	Cross   string
	Check   string
	Unit    string
	Pre     string
	CFunc   string // name called through cgo: the gs_x wrapper of cblas_x
	CName   string // cblas_x
	Call    string // the cgo call expression
	CRet    string // C return type, "" for void
	Wrapper string // C definition of the gs_x wrapper
	Ret     string
	Gonum   string // statement(s) delegating the call to gonum
	Native  string // statement calling nativeName
	Guard   string // condition under which an argument does not fit blasint
	Routed  bool   // defined in routes.go; emitted as the unexported nativeName
	Yield   string // Level 2 and 3: the constant (yield.go) from which Size makes the native path yield first
}

// variants returns the real or complex templates of f and their precisions.
func (f family) variants(cmplx bool) ([]variant, []prec) {
	if cmplx {
		return f.Cplx, []prec{precC, precZ}
	}
	return f.Real, []prec{precS, precD}
}

// renderLevel renders the generated file for one level and kind.
func renderLevel(level int, cmplx bool, routed, known, seen map[string]bool) []byte {
	var methods []method
	for _, f := range specs() {
		if f.Level != level {
			continue
		}
		vs, ps := f.variants(cmplx)
		for _, v := range vs {
			for _, p := range ps {
				if v.Only != "" && !strings.Contains(v.Only, p.U) {
					continue
				}
				m := instantiate(v, p)
				if seen[m.Name] {
					log.Fatalf("%s is described twice", m.Name)
				}
				seen[m.Name] = true
				m.Routed = routed[m.Name]
				if level >= 2 && m.Size != "" {
					m.Yield = fmt.Sprintf("yieldWork%d", level)
				}
				checkMessages(m, known)
				methods = append(methods, m)
			}
		}
	}
	var b bytes.Buffer
	b.WriteString(header)
	if err := fileTmpl.Execute(&b, struct {
		Methods []method
		CFuncs  []string
		Unsafe  bool
		Blas    bool
		Floats  bool
	}{methods, cFuncs(methods), usesUnsafe(methods), usesBlas(methods), usesFloats(methods)}); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

// checkMessages fails generation if a template panics with a message that
// gonum's errors.go no longer defines.
func checkMessages(m method, known map[string]bool) {
	for _, part := range strings.Split(m.Check, "panic(")[1:] {
		name := part[:strings.IndexByte(part, ')')]
		if !known[name] {
			log.Fatalf("%s panics with %s, which gonum's errors.go does not define", m.Name, name)
		}
	}
}

// cFuncs lists the C functions the methods call, for the noescape and
// nocallback directives.
func cFuncs(ms []method) []string {
	set := make(map[string]bool)
	for _, m := range ms {
		set[m.CFunc] = true
	}
	return sortedKeys(set)
}

// usesUnsafe and usesBlas report which imports a file needs.
func usesUnsafe(ms []method) bool {
	return slices.ContainsFunc(ms, func(m method) bool { return strings.Contains(m.Call+m.Pre, "unsafe.") })
}

func usesBlas(ms []method) bool {
	return slices.ContainsFunc(ms, func(m method) bool { return strings.Contains(m.Params+m.Check+m.Pre+m.Size, "blas.") })
}

// usesFloats reports whether a Unit path calls gonum's floats package.
func usesFloats(ms []method) bool {
	return slices.ContainsFunc(ms, func(m method) bool { return strings.Contains(m.Unit, "floats.") })
}

// comment turns a doc body into comment lines continuing "// Name ".
func comment(name, body string) string {
	lines := strings.Split(strings.TrimSpace(body), "\n")
	var b strings.Builder
	b.WriteString("// " + name + " " + lines[0])
	for _, l := range lines[1:] {
		if l == "" || strings.HasPrefix(l, "\t") {
			b.WriteString("\n//" + l)
		} else {
			b.WriteString("\n// " + l)
		}
	}
	return b.String()
}

// singleCross names the crossover constants measured separately for the
// single precisions, which cross over at different sizes (Sdot at 1536
// against Ddot's 512, Sgemm at 27 against Dgemm's 64): the key is the
// double-precision constant, the value the single-precision one, named
// after the routine it was measured on (crossover.go).
var singleCross = map[string]string{
	"crossDot":   "crossSdot",
	"crossAxpy":  "crossSaxpy",
	"crossGemv":  "crossSgemv",
	"crossGemm":  "crossSgemm",
	"crossTrsm":  "crossStrsm",
	"crossDotC":  "crossCdot",
	"crossAxpyC": "crossCaxpy",
	"crossGemmC": "crossCgemm",
	"crossTrsmC": "crossCtrsm",
}

// crossFor returns the crossover constant for a variant in precision p: the
// single-precision constant where one was measured, else the shared one.
// Dsdot and Sdsdot (float32 data) count as single precision.
func crossFor(cross string, p prec) string {
	if single, ok := singleCross[cross]; ok && p.R == "float32" {
		return single
	}
	return cross
}

// instantiate executes the templates of v for precision p.
func instantiate(v variant, p prec) method {
	x := func(s string) string { return execute(s, p) }
	m := method{
		prec:    p,
		Name:    x(v.Name),
		Params:  x(v.Params),
		Results: x(v.Results),
		Size:    v.Size,
		Cross:   crossFor(v.Cross, p),
		Unit:    strings.TrimSpace(x(v.Unit)),
		Pre:     x(v.Pre),
		CName:   "cblas_" + x(v.CName),
		Ret:     x(v.Ret),
	}
	switch v.CRet {
	case "":
	case "R":
		m.CRet = p.CT
	case "idx":
		m.CRet = "CBLAS_INDEX"
	default:
		m.CRet = v.CRet
	}
	names, ints, vecs := params(m.Params)
	results := ""
	if m.Results != "" {
		results = "return "
	}
	m.Gonum = fmt.Sprintf("%sgonum.Implementation{}.%s(%s)", results, m.Name, strings.Join(names, ", "))
	m.Native = fmt.Sprintf("%snative%s(%s)", results, m.Name, strings.Join(names, ", "))
	if results == "" {
		m.Gonum += "\nreturn"
	}
	var guard []string
	for _, n := range ints {
		guard = append(guard, "overflows("+n+")")
	}
	for _, n := range vecs {
		guard = append(guard, "overflows(len("+n+"))")
	}
	m.Guard = strings.Join(guard, " || ")

	// The checks may delegate to gonum ({{gonum}}) for cases whose only
	// work is scaling, where gonum's result is the definition.
	m.Check = execute(strings.ReplaceAll(v.Check, "{{gonum}}", m.Gonum), p)

	// Every routine is called through a static inline wrapper with
	// uniform parameter types. cblas.h declares the flags sometimes as the
	// CBLAS_X typedef and sometimes as enum CBLAS_X, which cgo gives
	// different Go types; and it declares complex arrays and scalars as
	// void*, and cgo checks every unsafe.Pointer argument at run time
	// (about 10 ns a call here). The wrappers type those pointers as the
	// real element type instead (Go's complex types have C's layout) and
	// compile away.
	args, cparams := cArgs(v.CArgs, p)
	m.CFunc = "gs_" + strings.TrimPrefix(m.CName, "cblas_")
	var ps, as []string
	for i, t := range cparams {
		ps = append(ps, fmt.Sprintf("%s p%d", t, i))
		as = append(as, fmt.Sprintf("p%d", i))
	}
	ret, body := "void", ""
	if m.CRet != "" {
		ret, body = m.CRet, "return "
	}
	m.Wrapper = fmt.Sprintf("static inline %s %s(%s) { %s%s(%s); }", ret, m.CFunc, strings.Join(ps, ", "), body, m.CName, strings.Join(as, ", "))
	m.Call = fmt.Sprintf("C.%s(%s)", m.CFunc, strings.Join(args, ", "))
	m.Doc = comment(m.Name, x(v.Doc))
	return m
}

// params splits a Go parameter list into its names, the names of its int
// parameters and the names of its strided vectors (x and y).
func params(list string) (names, ints, vecs []string) {
	var pending []string
	for _, field := range strings.Split(list, ",") {
		f := strings.Fields(field)
		switch len(f) {
		case 1:
			pending = append(pending, f[0])
		case 2:
			group := append(pending, f[0])
			pending = nil
			names = append(names, group...)
			if f[1] == "int" {
				ints = append(ints, group...)
			}
			if strings.HasPrefix(f[1], "[]") {
				for _, n := range group {
					if n == "x" || n == "y" {
						vecs = append(vecs, n)
					}
				}
			}
		default:
			log.Fatalf("cannot parse parameter %q", field)
		}
	}
	if len(pending) > 0 {
		log.Fatalf("parameters %v have no type in %q", pending, list)
	}
	return names, ints, vecs
}

// cArgs converts the kind:expr argument list of a spec into Go argument
// expressions and the C parameter types of the complex wrapper.
func cArgs(spec string, p prec) (goArgs, cTypes []string) {
	ptr := func(e string) string {
		if p.Cmplx {
			return fmt.Sprintf("(*C.%s)(unsafe.Pointer(%s))", p.CT, e)
		}
		return fmt.Sprintf("(*C.%s)(%s)", p.CT, e)
	}
	for _, tok := range strings.Fields(spec) {
		kind, e, _ := strings.Cut(tok, ":")
		var g, c string
		switch kind {
		case "order":
			g, c = "C.CblasRowMajor", "CBLAS_ORDER"
		case "int":
			g, c = "C.blasint("+e+")", "blasint"
		case "vec": // a slice of elements, known to be non-empty
			g, c = ptr("&"+e+"[0]"), p.CT+" *"
		case "sc": // a scalar of the element type
			if p.Cmplx {
				g, c = ptr("&"+e), "const "+p.CT+" *"
			} else {
				g, c = "C."+p.CT+"("+e+")", p.CT
			}
		case "re": // a scalar of the real type
			g, c = "C."+p.CT+"("+e+")", p.CT
		case "out": // a local variable the routine writes
			g, c = ptr("&"+e), p.CT+" *"
		case "arr": // a local real array
			g, c = "(*C."+p.CT+")(&"+e+"[0])", p.CT+" *"
		case "trans":
			if p.Cmplx {
				g = "transC(" + e + ")"
			} else {
				g = "transR(" + e + ")"
			}
			c = "CBLAS_TRANSPOSE"
		case "uplo":
			g, c = "uplo("+e+")", "CBLAS_UPLO"
		case "diag":
			g, c = "diag("+e+")", "CBLAS_DIAG"
		case "side":
			g, c = "side("+e+")", "CBLAS_SIDE"
		default:
			log.Fatalf("unknown C argument kind %q", tok)
		}
		goArgs = append(goArgs, g)
		cTypes = append(cTypes, c)
	}
	return goArgs, cTypes
}

// Template helpers for the Check sources. Each emits one of gonum's checks
// with the panic message named by the caller.
var checkFuncs = template.FuncMap{
	// vec: a strided vector of n elements must fit in x.
	"vec": func(x, n, inc, msg string) string {
		return fmt.Sprintf("if (%[3]s > 0 && len(%[1]s) <= (%[2]s-1)*%[3]s) || (%[3]s < 0 && len(%[1]s) <= (1-%[2]s)*%[3]s) {\npanic(%[4]s)\n}", x, n, inc, msg)
	},
	// mat: a matrix needs at least need elements.
	"mat": func(a, need, msg string) string {
		return fmt.Sprintf("if len(%s) < %s {\npanic(%s)\n}", a, need, msg)
	},
	// lt: v below bound is invalid.
	"lt": func(v, bound, msg string) string {
		return fmt.Sprintf("if %s < %s {\npanic(%s)\n}", v, bound, msg)
	},
	"zero": func(inc, msg string) string {
		return fmt.Sprintf("if %s == 0 {\npanic(%s)\n}", inc, msg)
	},
	"trans": func(t string) string {
		return fmt.Sprintf("if %[1]s != blas.NoTrans && %[1]s != blas.Trans && %[1]s != blas.ConjTrans {\npanic(badTranspose)\n}", t)
	},
	"uplo": func(u string) string {
		return fmt.Sprintf("if %[1]s != blas.Lower && %[1]s != blas.Upper {\npanic(badUplo)\n}", u)
	},
	"diag": func(d string) string {
		return fmt.Sprintf("if %[1]s != blas.NonUnit && %[1]s != blas.Unit {\npanic(badDiag)\n}", d)
	},
	"side": func(s string) string {
		return fmt.Sprintf("if %[1]s != blas.Left && %[1]s != blas.Right {\npanic(badSide)\n}", s)
	},
}

func execute(src string, data any) string {
	t, err := template.New("").Funcs(checkFuncs).Parse(src)
	if err != nil {
		log.Fatalf("template %q: %v", src, err)
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		log.Fatalf("template %q: %v", src, err)
	}
	return b.String()
}

var fileTmpl = template.Must(template.New("file").Parse(`package cblas

/*
#cgo pkg-config: blas
#if !__has_include(<cblas.h>)
#error "cblas.h not found: install libopenblas-dev (run scripts/install-deps.sh)"
#endif
#include <cblas.h>
{{range .CFuncs}}#cgo noescape {{.}}
#cgo nocallback {{.}}
{{end}}{{range .Methods}}{{if .Wrapper}}{{.Wrapper}}
{{end}}{{end}}*/
import "C"

import (
{{- if .Unsafe}}
	"unsafe"
{{end}}
{{- if .Blas}}
	"gonum.org/v1/gonum/blas"
{{- end}}
	"gonum.org/v1/gonum/blas/gonum"
{{- if .Floats}}
	"gonum.org/v1/gonum/floats"
{{- end}}

	"github.com/goscipy/goscipy/internal/nativecall"
)

{{range .Methods}}
{{- if not .Routed}}
{{.Doc}}
//
// Invalid arguments panic with gonum's messages before any native code
// runs.{{if .Size}} Calls with {{.Size}} below the {{.Cross}} threshold in
// crossover.go run gonum's pure Go {{.Name}}{{if .Unit}} (with unit strides,
// its kernel called directly){{end}}.{{end}}
{{- if .Size}}
//
//go:nosplit
{{- end}}
func (Implementation) {{.Name}}({{.Params}}) {{if .Results}}({{.Results}}){{end}} {
{{- if .Size}}
	if {{.Size}} < {{.Cross}} && !nativeOnly.Load() {
{{- if .Unit}}
		{{.Unit}}
{{- end}}
		{{.Gonum}}
	}
{{- end}}
	{{.Native}}
}

{{end}}
// native{{.Name}} is {{.Name}} on the native path: gonum's checks and quick
// returns, then {{.CName}}.{{if .Routed}} Implementation.{{.Name}} is defined
// in routes.go, which decides when to call it.{{end}}
func native{{.Name}}({{.Params}}) {{if .Results}}({{.Results}}){{end}} {
{{- if .Check}}
{{.Check}}
{{- end}}
{{- if .Guard}}
	if {{.Guard}} {
		{{.Gonum}}
	}
{{- end}}
{{- if .Pre}}
	{{.Pre}}
{{- end}}
{{- if .Yield}}
	if {{.Size}} >= {{.Yield}} {
		nativecall.YieldIfDue()
	}
{{- end}}
	sem := nativecall.Enter()
	{{if .CRet}}ret := {{end}}{{.Call}}
	nativecall.Exit(sem)
{{- if .Ret}}
	return {{.Ret}}
{{- end}}
}
{{end}}`))
