package dockercheck

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LockEntry is one line of scripts/deps.lock.
type LockEntry struct {
	Line                    int
	Group, Package, Version string
}

// Lock is scripts/deps.lock as install-deps.sh reads it.
type Lock struct {
	Entries []LockEntry
}

// ReadLock parses the lock file's "GROUP PACKAGE VERSION" lines, with
// comments (from #) and blank lines ignored, and rejects other lines as
// install-deps.sh does.
func ReadLock(r io.Reader) (*Lock, error) {
	l := &Lock{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		switch len(f) {
		case 0:
			continue
		case 3:
			l.Entries = append(l.Entries, LockEntry{n, f[0], f[1], f[2]})
		default:
			return nil, fmt.Errorf("deps.lock:%d: want GROUP PACKAGE VERSION, got %q", n, sc.Text())
		}
	}
	return l, sc.Err()
}

// HasGroup reports whether the lock defines group.
func (l *Lock) HasGroup(group string) bool {
	for _, e := range l.Entries {
		if e.Group == group {
			return true
		}
	}
	return false
}

// Conflicts lists packages pinned to different versions in different
// groups (installing both groups would ask apt for two versions), and
// packages listed twice in one group.
func (l *Lock) Conflicts() []Finding {
	var out []Finding
	first := map[string]LockEntry{}
	for _, e := range l.Entries {
		prev, ok := first[e.Package]
		switch {
		case !ok:
			first[e.Package] = e
		case prev.Version != e.Version:
			out = append(out, Finding{File: "deps.lock", Line: e.Line, Rule: "GS013",
				Msg: fmt.Sprintf("%s is %s here (group %s) but %s on line %d (group %s)", e.Package, e.Version, e.Group, prev.Version, prev.Line, prev.Group)})
		case prev.Group == e.Group:
			out = append(out, Finding{File: "deps.lock", Line: e.Line, Rule: "GS013",
				Msg: fmt.Sprintf("%s is listed twice in group %s (also line %d)", e.Package, e.Group, prev.Line)})
		}
	}
	return out
}
