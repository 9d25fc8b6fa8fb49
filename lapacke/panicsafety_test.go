package lapacke

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Every call into LAPACK is bracketed by nativecall.Enter and Exit without a
// defer, so a panic between the two would keep a slot of the shared limiter
// forever: after Limit() such panics every native call in the process
// blocks. The tests below check that nothing between Enter and Exit can
// panic: argument conversions that panic (lint on a dimension that does not
// fit LAPACK's integer, indexing, status on a negative info) happen before
// Enter or after Exit.

// nonPanicking lists the helpers that may be called between Enter and Exit:
// each returns without indexing past a length it has not checked, dividing,
// or panicking.
var nonPanicking = map[string]bool{
	"f64": true, "c128": true, "ip": true, "drvLp": true, "intScratch": true,
	"transUplo": true, "transNorm": true, "transTrans": true, "transSide": true,
	"realTrans": true, "logical": true,
}

// TestNativeCallRegionsCannotPanic parses the package and checks every
// statement between s := nativecall.Enter() (or enter(size)) and
// nativecall.Exit(s): only
// calls of C functions, assignments of their results and if statements
// choosing between them, with arguments built from variables, constants,
// &variable, C type conversions (except to lapack_int, which must go
// through lint) and the helpers in nonPanicking.
func TestNativeCallRegionsCannotPanic(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	regions := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var list []ast.Stmt
			switch b := n.(type) {
			case *ast.BlockStmt:
				list = b.List
			case *ast.CaseClause:
				list = b.Body
			default:
				return true
			}
			for i, st := range list {
				if !isEnter(st) {
					continue
				}
				regions++
				closed := false
				for _, inner := range list[i+1:] {
					if isExit(inner) {
						closed = true
						break
					}
					if bad := unsafeStmt(inner); bad != nil {
						t.Errorf("%s: may panic between nativecall.Enter and Exit", fset.Position(bad.Pos()))
					}
				}
				if !closed {
					t.Errorf("%s: nativecall.Enter without Exit in the same block", fset.Position(st.Pos()))
				}
			}
			return true
		})
	}
	if regions < 100 {
		t.Errorf("found only %d Enter/Exit regions; the parser missed some", regions)
	}
}

// isEnter reports s := nativecall.Enter() or s := enter(size) (yield.go,
// which takes its slot last).
func isEnter(st ast.Stmt) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return false
	}
	if c, ok := as.Rhs[0].(*ast.CallExpr); ok {
		if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "enter" {
			return true
		}
	}
	return isCallOf(as.Rhs[0], "nativecall", "Enter")
}

func isExit(st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	return ok && isCallOf(es.X, "nativecall", "Exit")
}

func isCallOf(e ast.Expr, pkg, fn string) bool {
	c, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg && sel.Sel.Name == fn
}

// unsafeStmt returns the first node of st that might panic, or nil.
func unsafeStmt(st ast.Stmt) ast.Node {
	switch st := st.(type) {
	case *ast.AssignStmt:
		for _, l := range st.Lhs {
			if _, ok := l.(*ast.Ident); !ok {
				return l
			}
		}
		for _, r := range st.Rhs {
			if bad := unsafeExpr(r); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.ExprStmt:
		if c, ok := st.X.(*ast.CallExpr); !ok || !isCFunc(c) {
			return st
		}
		return unsafeExpr(st.X)
	case *ast.IfStmt:
		if st.Init != nil {
			return st.Init
		}
		if bad := unsafeExpr(st.Cond); bad != nil {
			return bad
		}
		for _, s := range st.Body.List {
			if bad := unsafeStmt(s); bad != nil {
				return bad
			}
		}
		if st.Else != nil {
			return unsafeStmt(st.Else)
		}
		return nil
	case *ast.BlockStmt:
		for _, s := range st.List {
			if bad := unsafeStmt(s); bad != nil {
				return bad
			}
		}
		return nil
	}
	return st
}

// isCFunc reports whether c calls a LAPACKE function or this package's own
// C code (neither panics: C cannot).
func isCFunc(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "C" && (strings.HasPrefix(sel.Sel.Name, "LAPACKE_") || strings.HasPrefix(sel.Sel.Name, "goscipy_"))
}

// unsafeExpr returns the first node of e that might panic, or nil.
func unsafeExpr(e ast.Expr) ast.Node {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return nil
	case *ast.ParenExpr:
		return unsafeExpr(e.X)
	case *ast.SelectorExpr: // C.LAPACK_COL_MAJOR and the like, not a field of a possibly nil pointer
		if id, ok := e.X.(*ast.Ident); ok && id.Name == "C" {
			return nil
		}
		return e
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if _, ok := e.X.(*ast.Ident); ok {
				return nil
			}
			return e
		}
		return unsafeExpr(e.X)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.QUO, token.REM, token.SHL, token.SHR:
			return e
		}
		if bad := unsafeExpr(e.X); bad != nil {
			return bad
		}
		return unsafeExpr(e.Y)
	case *ast.CallExpr:
		switch fn := e.Fun.(type) {
		case *ast.Ident:
			if !nonPanicking[fn.Name] {
				return e
			}
		case *ast.SelectorExpr:
			id, ok := fn.X.(*ast.Ident)
			switch {
			case !ok || id.Name != "C":
				return e
			case isCFunc(e):
			case fn.Sel.Name == "lapack_int": // an unchecked narrowing; use lint before Enter
				return e
			}
		default:
			return e
		}
		for _, a := range e.Args {
			if bad := unsafeExpr(a); bad != nil {
				return bad
			}
		}
		return nil
	}
	return e
}

// TestNativeCallSlotsSurviveDimensionPanic makes calls with a dimension
// that does not fit LAPACK's 32-bit integer, which must panic, and after
// each checks that every slot of the limiter is still free: Limit()
// goroutines must all get inside at once. A leaked slot makes one of them,
// or a later call, wait forever; the test then fails after a deadline that
// a working limiter never approaches (it needs microseconds). It runs on a
// fresh limiter of the current size, replaced again at the end, so that a
// leak cannot starve the rest of the test binary.
func TestNativeCallSlotsSurviveDimensionPanic(t *testing.T) {
	const big = 1 << 31
	if fitsLAPACKInt(big) {
		t.Skip("LAPACK's integer is 64 bits (ILP64 build): no slice-addressable dimension overflows it")
	}
	limit := nativecall.Limit()
	nativecall.SetLimit(limit)
	defer nativecall.SetLimit(limit)

	// Workspace queries reach LAPACK with only the dimensions checked, so
	// none of these needs gigabytes of memory. Dgeqrf is a core method,
	// the others drivers.
	calls := []struct {
		name string
		f    func()
	}{
		{"Dgeqrf", func() { impl.Dgeqrf(1, big, nil, big, nil, make([]float64, 1), -1) }},
		{"Dgelss", func() { impl.Dgelss(1, big, 1, nil, big, nil, 1, nil, -1, make([]float64, 1), -1) }},
		{"Zgeqp3", func() { impl.Zgeqp3(1, big, nil, big, nil, nil, make([]complex128, 1), -1, nil) }},
		{"Dsysv", func() { impl.Dsysv(blas.Upper, 1, big, nil, 1, nil, nil, big, make([]float64, 1), -1) }},
	}
	const want = "lapacke: dimension does not fit LAPACK's integer type"
	done := make(chan error)
	go func() {
		for _, c := range calls {
			got := func() (r any) {
				defer func() { r = recover() }()
				c.f()
				return nil
			}()
			if fmt.Sprint(got) != want {
				done <- fmt.Errorf("%s with a dimension of 2³¹: panic %v, want %q", c.name, got, want)
				return
			}
			allInside(limit)
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatalf("blocked in nativecall after a dimension panic: the panic leaked a slot of the %d", limit)
	}
}

// fitsLAPACKInt reports whether lint accepts v.
func fitsLAPACKInt(v int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	lint(v)
	return true
}

// allInside returns once n goroutines have held a nativecall slot at the same
// time; it blocks forever if fewer than n slots are free.
func allInside(n int) {
	var inside, leave sync.WaitGroup
	inside.Add(n)
	leave.Add(1)
	for range n {
		go func() {
			s := nativecall.Enter()
			inside.Done()
			leave.Wait()
			nativecall.Exit(s)
		}()
	}
	inside.Wait()
	leave.Done()
}
