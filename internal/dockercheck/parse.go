// Package dockercheck is the static check of goscipy's Dockerfiles that
// `make test` runs where no Docker engine is available: base images
// pinned by tag and digest, every package installed through
// scripts/install-deps.sh and scripts/deps.lock, remote downloads pinned by
// checksum, runtime images running as a non-root user with a `goscipy info`
// health check, plus the hadolint rules that matter here (hadolint itself
// is a Haskell binary that no registry reachable from CI ships). The tests
// in this package run it on docker/Dockerfile and on broken examples.
package dockercheck

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Instruction is one Dockerfile instruction with its continuation lines
// joined.
type Instruction struct {
	Line  int      // first line, 1-based
	Cmd   string   // upper case: FROM, RUN, COPY, …
	Flags []string // leading --name[=value] options, as written
	Args  string   // the rest, continuations joined with blanks
	// JSON is the exec form's argument list when Args is a JSON array
	// (CMD ["goscipy", "info"]); nil for the shell form.
	JSON []string
}

// Flag returns the value of --name=value, and whether the flag is present.
func (in Instruction) Flag(name string) (string, bool) {
	for _, f := range in.Flags {
		if v, ok := strings.CutPrefix(f, "--"+name+"="); ok {
			return v, true
		}
		if f == "--"+name {
			return "", true
		}
	}
	return "", false
}

// Stage is a FROM instruction and what follows it up to the next FROM.
type Stage struct {
	Name         string // the AS name, or ""
	Base         string // the image or stage it starts from
	From         Instruction
	Instructions []Instruction // after FROM
}

// File is a parsed Dockerfile.
type File struct {
	// Directives are the parser directives at the top ("syntax" →
	// "docker/dockerfile:1.7").
	Directives map[string]string
	// Global are the instructions before the first FROM (ARG only).
	Global []Instruction
	Stages []Stage
}

// Parse reads a Dockerfile: comments, parser directives, backslash
// continuations (with comment lines inside them skipped, as Docker does)
// and instructions. Heredocs are not supported and are reported as an
// error, so a Dockerfile this parser cannot read fails the check rather
// than passing it unread.
func Parse(r io.Reader) (*File, error) {
	f := &File{Directives: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	lineNo := 0
	directives := true
	var cur *Instruction
	var text strings.Builder
	flush := func() error {
		if cur == nil {
			return nil
		}
		in, err := splitInstruction(*cur, strings.TrimSpace(text.String()))
		cur = nil
		text.Reset()
		if err != nil {
			return err
		}
		if in.Cmd == "FROM" {
			f.Stages = append(f.Stages, stageFrom(in))
			return nil
		}
		if len(f.Stages) == 0 {
			f.Global = append(f.Global, in)
		} else {
			s := &f.Stages[len(f.Stages)-1]
			s.Instructions = append(s.Instructions, in)
		}
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") {
			if directives && cur == nil {
				if k, v, ok := strings.Cut(strings.TrimSpace(trimmed[1:]), "="); ok && !strings.ContainsAny(k, " \t") {
					f.Directives[strings.ToLower(k)] = strings.TrimSpace(v)
					continue
				}
			}
			directives = false
			continue // comments, including those inside continuations
		}
		directives = false
		if cur == nil {
			if trimmed == "" {
				continue
			}
			cur = &Instruction{Line: lineNo}
		}
		cont := strings.HasSuffix(trimmed, `\`)
		if cont {
			trimmed = strings.TrimSuffix(trimmed, `\`)
		}
		text.WriteString(trimmed)
		text.WriteByte(' ')
		if !cont {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return f, nil
}

// splitInstruction fills in Cmd, Flags, Args and JSON from the joined text.
func splitInstruction(in Instruction, text string) (Instruction, error) {
	cmd, rest, _ := strings.Cut(text, " ")
	in.Cmd = strings.ToUpper(cmd)
	rest = strings.TrimSpace(rest)
	if strings.Contains(rest, "<<") && (in.Cmd == "RUN" || in.Cmd == "COPY") {
		return in, fmt.Errorf("line %d: heredocs are not supported by this check; use a script file", in.Line)
	}
	for strings.HasPrefix(rest, "--") {
		flag, after, _ := strings.Cut(rest, " ")
		in.Flags = append(in.Flags, flag)
		rest = strings.TrimSpace(after)
	}
	in.Args = rest
	if strings.HasPrefix(rest, "[") {
		var list []string
		if err := json.Unmarshal([]byte(rest), &list); err == nil {
			in.JSON = list
		}
	}
	return in, nil
}

func stageFrom(in Instruction) Stage {
	f := strings.Fields(in.Args)
	s := Stage{From: in}
	if len(f) > 0 {
		s.Base = f[0]
	}
	if len(f) >= 3 && strings.EqualFold(f[1], "AS") {
		s.Name = f[2]
	}
	return s
}
