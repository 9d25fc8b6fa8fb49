package dockercheck

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Finding is one rule a Dockerfile breaks.
type Finding struct {
	File string
	Line int
	Rule string // GSnnn; the comment on each rule names the hadolint rule it mirrors, if any
	Msg  string
}

// String formats the finding as "file:line: rule message".
func (f Finding) String() string {
	return fmt.Sprintf("%s:%d: %s %s", f.File, f.Line, f.Rule, f.Msg)
}

// Rules (see Check):
//
//	GS001 FROM: an image pinned as name:tag@sha256:digest, tag not "latest" (hadolint DL3006, DL3007)
//	GS002 COPY --from / RUN --mount from=: another image pinned the same way
//	GS003 RUN: no package manager; packages come from install-deps.sh only (DL3008 and friends, stricter)
//	GS004 install-deps.sh: copied with deps.lock from scripts/, known groups, apt lists removed (DL3009)
//	GS005 ADD: remote files need --checksum=sha256:…; local files use COPY (DL3020)
//	GS006 image stages: a non-root USER (DL3002) and a HEALTHCHECK running goscipy info
//	GS007 CMD, ENTRYPOINT and HEALTHCHECK CMD in exec (JSON) form (DL3025)
//	GS008 RUN: no cd, use WORKDIR (DL3003)
//	GS009 RUN with a pipe: pipefail set by SHELL (DL4006)
//	GS010 WORKDIR: absolute (DL3000)
//	GS011 no MAINTAINER (DL4000), no sudo (DL3004)
//	GS012 a syntax directive is pinned by digest
//	GS013 deps.lock: one version per package
//
// Image stages are the stages that set LABEL org.opencontainers.image.title:
// the targets `make images` builds. The others are steps (a toolchain
// build) and only need the general rules.

var (
	pinnedImage = regexp.MustCompile(`^[a-z0-9][a-z0-9._/-]*:([A-Za-z0-9_][A-Za-z0-9_.-]*)@sha256:[0-9a-f]{64}$`)
	// A package manager in command position: at the start or after a
	// separator, sudo or xargs (a path such as /var/lib/apt is fine).
	packageMgr  = regexp.MustCompile(`(?:^|&&|;|\|\|?|\(|\bsudo\s+|\bxargs\s+)\s*((?:/usr/bin/)?(?:apt-get|apt|aptitude|dpkg|apk|yum|dnf|zypper|pip3?|npm|gem)|python3? -m pip)\b`)
	pipeToShell = regexp.MustCompile(`\|\s*(ba|da|z)?sh\b`)
	cdCommand   = regexp.MustCompile(`(^|&&|;|\|\|)\s*cd\s`)
	singlePipe  = regexp.MustCompile(`[^|]\|[^|]`)
	checksum    = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
)

// Check applies the rules to a parsed Dockerfile named name, with the lock
// file the install script will read.
func Check(name string, f *File, lock *Lock) []Finding {
	var out []Finding
	add := func(line int, rule, format string, args ...any) {
		out = append(out, Finding{File: name, Line: line, Rule: rule, Msg: fmt.Sprintf(format, args...)})
	}
	if s, ok := f.Directives["syntax"]; ok && !pinnedImage.MatchString(s) {
		add(1, "GS012", "syntax directive %q is not pinned by tag and digest", s)
	}
	if len(f.Stages) == 0 {
		add(1, "GS001", "no FROM instruction")
	}
	stages := map[string]int{} // name → index
	for i, s := range f.Stages {
		if _, isStage := stages[s.Base]; !isStage {
			checkPinned(s.Base, s.From.Line, "GS001", "FROM", add)
		}
		if s.Name != "" {
			stages[s.Name] = i
		}
		copied := map[string]bool{} // files COPYed in this stage
		pipefail := false
		for _, in := range s.Instructions {
			switch in.Cmd {
			case "SHELL":
				pipefail = slices.Contains(in.JSON, "pipefail")
			case "COPY":
				if from, ok := in.Flag("from"); ok {
					if _, isStage := stages[from]; !isStage {
						checkPinned(from, in.Line, "GS002", "COPY --from", add)
					}
				} else {
					for _, src := range strings.Fields(in.Args) {
						copied[src] = true
					}
				}
			case "ADD":
				checkAdd(in, add)
			case "RUN":
				checkRun(in, pipefail, copied, lock, add)
			case "WORKDIR":
				if !strings.HasPrefix(in.Args, "/") && !strings.HasPrefix(in.Args, "$") {
					add(in.Line, "GS010", "WORKDIR %q is relative", in.Args)
				}
			case "MAINTAINER":
				add(in.Line, "GS011", "MAINTAINER is deprecated; use a LABEL")
			case "CMD", "ENTRYPOINT":
				if in.JSON == nil {
					add(in.Line, "GS007", "%s in shell form; use the exec form [\"prog\", \"arg\"]", in.Cmd)
				}
			case "HEALTHCHECK":
				if _, err := healthcheckArgs(in); err != nil {
					add(in.Line, "GS007", "%v", err)
				}
			}
		}
	}
	for i, s := range f.Stages {
		if isImage(s) {
			checkImage(f, i, add)
		}
	}
	return out
}

func checkPinned(ref string, line int, rule, what string, add func(int, string, string, ...any)) {
	if strings.Contains(ref, "$") {
		add(line, rule, "%s %q uses a build argument; pin the image literally so the check can see it", what, ref)
		return
	}
	m := pinnedImage.FindStringSubmatch(ref)
	switch {
	case m == nil:
		add(line, rule, "%s %q is not pinned as name:tag@sha256:digest", what, ref)
	case m[1] == "latest":
		add(line, rule, "%s %q uses the moving tag latest; name the exact tag", what, ref)
	}
}

func checkAdd(in Instruction, add func(int, string, string, ...any)) {
	f := strings.Fields(in.Args)
	if len(f) < 2 {
		add(in.Line, "GS005", "ADD needs a source and a destination")
		return
	}
	remote := strings.HasPrefix(f[0], "http://") || strings.HasPrefix(f[0], "https://")
	if !remote {
		add(in.Line, "GS005", "ADD of a local file or git source %q; use COPY (or ADD an https URL with --checksum)", f[0])
		return
	}
	sum, ok := in.Flag("checksum")
	if !ok || !checksum.MatchString(sum) {
		add(in.Line, "GS005", "ADD of %s without --checksum=sha256:<64 hex digits>: the download is not pinned", f[0])
	}
}

func checkRun(in Instruction, pipefail bool, copied map[string]bool, lock *Lock, add func(int, string, string, ...any)) {
	cmd := in.Args
	if m, ok := in.Flag("mount"); ok {
		for _, part := range strings.Split(m, ",") {
			if from, ok := strings.CutPrefix(part, "from="); ok && strings.ContainsAny(from, ":/") {
				checkPinned(from, in.Line, "GS002", "RUN --mount from", add)
			}
		}
	}
	if m := packageMgr.FindStringSubmatch(cmd); m != nil {
		add(in.Line, "GS003", "RUN calls %s: install packages only with scripts/install-deps.sh and scripts/deps.lock", m[1])
	}
	if pipeToShell.MatchString(cmd) {
		add(in.Line, "GS003", "RUN pipes a download into a shell; ADD it with --checksum instead")
	}
	if regexp.MustCompile(`\bgo\s+(install|get)\b`).MatchString(cmd) {
		add(in.Line, "GS003", "RUN go install/get fetches tools outside go.mod's pins")
	}
	if cdCommand.MatchString(cmd) {
		add(in.Line, "GS008", "RUN changes directory with cd; use WORKDIR")
	}
	if regexp.MustCompile(`\bsudo\b`).MatchString(cmd) {
		add(in.Line, "GS011", "RUN uses sudo")
	}
	if singlePipe.MatchString(" "+cmd+" ") && !pipefail && !strings.Contains(cmd, "pipefail") {
		add(in.Line, "GS009", "RUN has a pipe but the stage's SHELL does not set -o pipefail: a failing first command goes unnoticed")
	}
	words := strings.Fields(cmd)
	for i, w := range words {
		if w != "install-deps.sh" && !strings.HasSuffix(w, "/install-deps.sh") {
			continue
		}
		if !copied["scripts/install-deps.sh"] || !copied["scripts/deps.lock"] {
			add(in.Line, "GS004", "install-deps.sh runs without scripts/install-deps.sh and scripts/deps.lock copied from the repository in this stage")
		}
	args:
		for j := i + 1; j < len(words); j++ {
			switch arg := words[j]; {
			case arg == "&&" || arg == "||" || arg == "|" || arg == ";" || strings.HasSuffix(arg, ";"):
				break args
			case arg == "--lock":
				add(in.Line, "GS004", "install-deps.sh --lock: images must read scripts/deps.lock")
				j++ // skip the file name
			case strings.HasPrefix(arg, "-"):
			case lock != nil && !lock.HasGroup(arg):
				add(in.Line, "GS004", "install-deps.sh group %q is not in scripts/deps.lock", arg)
			}
		}
		if !strings.Contains(cmd, "rm -rf /var/lib/apt/lists") {
			add(in.Line, "GS004", "RUN installs packages but does not remove /var/lib/apt/lists/* in the same layer")
		}
	}
}

// healthcheckArgs returns the exec-form command of a HEALTHCHECK.
func healthcheckArgs(in Instruction) ([]string, error) {
	rest, ok := strings.CutPrefix(in.Args, "CMD")
	if !ok {
		if strings.TrimSpace(in.Args) == "NONE" {
			return nil, fmt.Errorf("HEALTHCHECK NONE disables the health check")
		}
		return nil, fmt.Errorf("HEALTHCHECK without CMD")
	}
	p, err := splitInstruction(Instruction{Line: in.Line, Cmd: "x"}, "x "+strings.TrimSpace(rest))
	if err != nil || p.JSON == nil {
		return nil, fmt.Errorf("HEALTHCHECK CMD in shell form; use the exec form [\"goscipy\", \"info\", …]")
	}
	return p.JSON, nil
}

// isImage reports whether a stage is a build target: it sets
// org.opencontainers.image.title.
func isImage(s Stage) bool {
	for _, in := range s.Instructions {
		if in.Cmd == "LABEL" && strings.Contains(in.Args, "org.opencontainers.image.title=") {
			return true
		}
	}
	return false
}

// ImageStages lists the stages Check treats as images, in order.
func ImageStages(f *File) []string {
	var out []string
	for _, s := range f.Stages {
		if isImage(s) {
			out = append(out, s.Name)
		}
	}
	return out
}

// checkImage finds the effective USER and HEALTHCHECK of stage i,
// following FROM <stage> chains (a stage inherits its base stage's
// configuration; an external image's USER is unknown and counts as root).
func checkImage(f *File, i int, add func(int, string, string, ...any)) {
	s := f.Stages[i]
	var user, health *Instruction
	for j := i; j >= 0; {
		st := f.Stages[j]
		for k := len(st.Instructions) - 1; k >= 0; k-- {
			in := st.Instructions[k]
			if in.Cmd == "USER" && user == nil {
				user = &st.Instructions[k]
			}
			if in.Cmd == "HEALTHCHECK" && health == nil {
				health = &st.Instructions[k]
			}
		}
		next := -1
		for k := range j {
			if f.Stages[k].Name != "" && f.Stages[k].Name == st.Base {
				next = k
			}
		}
		j = next
	}
	switch {
	case user == nil:
		add(s.From.Line, "GS006", "image stage %q runs as root: no USER", s.Name)
	default:
		u, _, _ := strings.Cut(strings.TrimSpace(user.Args), ":")
		if u == "root" || u == "0" {
			add(user.Line, "GS006", "image stage %q runs as root (USER %s)", s.Name, user.Args)
		}
	}
	if health == nil {
		add(s.From.Line, "GS006", "image stage %q has no HEALTHCHECK", s.Name)
		return
	}
	args, err := healthcheckArgs(*health)
	if err != nil {
		return // reported as GS007
	}
	if len(args) < 2 || !strings.HasSuffix(args[0], "goscipy") || args[1] != "info" {
		add(health.Line, "GS006", "image stage %q: HEALTHCHECK runs %q, want goscipy info", s.Name, args)
	}
}
