package dockercheck

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// repoFile opens a file of the repository from this package's directory.
func repoFile(t *testing.T, rel string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func repoLock(t *testing.T) *Lock {
	t.Helper()
	l, err := ReadLock(repoFile(t, "scripts/deps.lock"))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestRepositoryDockerfile is the check `make test` runs: docker/Dockerfile
// breaks no rule, and its image stages are the four images `make images`
// builds.
func TestRepositoryDockerfile(t *testing.T) {
	f, err := Parse(repoFile(t, "docker/Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, finding := range Check("docker/Dockerfile", f, repoLock(t)) {
		t.Error(finding)
	}
	want := []string{"build", "openblas-debian", "openblas-src", "reference"}
	if got := ImageStages(f); !slices.Equal(got, want) {
		t.Errorf("image stages %q, want %q", got, want)
	}
	// The Makefile's image list must name the same targets.
	mk, err := os.ReadFile(filepath.Join("..", "..", "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(mk), "\n") {
		if v, ok := strings.CutPrefix(line, "IMAGES :="); ok {
			if got := strings.Fields(v); !slices.Equal(got, want) {
				t.Errorf("Makefile IMAGES %q, want %q", got, want)
			}
			return
		}
	}
	t.Error("Makefile has no IMAGES := line")
}

// TestRepositoryLock: every package has one version across groups.
func TestRepositoryLock(t *testing.T) {
	for _, f := range repoLock(t).Conflicts() {
		t.Error(f)
	}
}

const (
	pinned = "debian:bookworm-20260918-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251"
	// goodImage is a minimal image stage that passes every rule.
	goodImage = "FROM " + pinned + " AS img\n" +
		"LABEL org.opencontainers.image.title=x\n" +
		"COPY scripts/install-deps.sh scripts/deps.lock /opt/s/\n" +
		"RUN bash /opt/s/install-deps.sh --no-go runtime && rm -rf /var/lib/apt/lists/*\n" +
		"USER 10001:10001\n" +
		`HEALTHCHECK --interval=5m CMD ["goscipy", "info", "-q"]` + "\n"
)

// TestRules runs the check on small Dockerfiles, each breaking one rule,
// and a good one that breaks none.
func TestRules(t *testing.T) {
	lock, err := ReadLock(strings.NewReader("runtime libfoo 1.0\nbuild gcc 12\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dockerfile string
		want             []string // rules expected, in order
	}{
		{"good", goodImage, nil},
		{"good with continuation and comments", "FROM " + pinned + " AS img\n" +
			"LABEL org.opencontainers.image.title=x\n" +
			"COPY scripts/install-deps.sh scripts/deps.lock /opt/s/\n" +
			"RUN bash /opt/s/install-deps.sh \\\n    # a comment inside\n    runtime \\\n    && rm -rf /var/lib/apt/lists/*\n" +
			"USER goscipy\n" + `HEALTHCHECK CMD ["/usr/local/bin/goscipy", "info"]` + "\n", nil},
		{"unpinned FROM", strings.Replace(goodImage, pinned, "debian:bookworm-slim", 1), []string{"GS001"}},
		{"tag only by digest", strings.Replace(goodImage, pinned, "debian@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251", 1), []string{"GS001"}},
		{"latest", strings.Replace(goodImage, "bookworm-20260918-slim", "latest", 1), []string{"GS001"}},
		{"FROM with build argument", "ARG BASE=" + pinned + "\n" + strings.Replace(goodImage, pinned, "${BASE}", 1), []string{"GS001"}},
		{"COPY --from an unpinned image", goodImage + "COPY --from=golang:1.26 /usr/local/go /usr/local/go\n", []string{"GS002"}},
		{"COPY --from a stage", "FROM " + pinned + " AS tools\n" + goodImage + "COPY --from=tools /x /x\n", nil},
		{"apt-get install", goodImage + "RUN apt-get update && apt-get install -y curl\n", []string{"GS003"}},
		{"pip", goodImage + "RUN pip install numpy\n", []string{"GS003"}},
		{"curl into sh", goodImage + "RUN curl -fsSL https://x.example/i.sh | sh\n", []string{"GS003", "GS009"}},
		{"go install", goodImage + "RUN go install golang.org/x/tools/cmd/goimports@latest\n", []string{"GS003"}},
		{"apt lists path is not apt", goodImage + "RUN ls /var/lib/apt/lists\n", nil},
		{"script not copied", strings.Replace(goodImage, "COPY scripts/install-deps.sh scripts/deps.lock /opt/s/\n", "", 1), []string{"GS004"}},
		{"unknown group", strings.Replace(goodImage, " runtime ", " nosuchgroup ", 1), []string{"GS004"}},
		{"other lock", strings.Replace(goodImage, "--no-go runtime", "--no-go --lock /tmp/l runtime", 1), []string{"GS004"}},
		{"apt lists kept", strings.Replace(goodImage, " && rm -rf /var/lib/apt/lists/*", "", 1), []string{"GS004"}},
		{"ADD without checksum", goodImage + "ADD https://example.org/x.tar.gz /tmp/\n", []string{"GS005"}},
		{"ADD with checksum", goodImage + "ADD --checksum=sha256:27342cff518646afb4c2b976d809102e368957974c250a25ccc965e53063c95d https://example.org/x.tar.gz /tmp/\n", nil},
		{"ADD local", goodImage + "ADD app.tar /opt/\n", []string{"GS005"}},
		{"no USER", strings.Replace(goodImage, "USER 10001:10001\n", "", 1), []string{"GS006"}},
		{"USER root", strings.Replace(goodImage, "USER 10001:10001", "USER root", 1), []string{"GS006"}},
		{"USER 0", strings.Replace(goodImage, "USER 10001:10001", "USER 0:0", 1), []string{"GS006"}},
		{"root again at the end", goodImage + "USER root\n", []string{"GS006"}},
		{"no HEALTHCHECK", strings.Split(goodImage, "HEALTHCHECK")[0], []string{"GS006"}},
		{"HEALTHCHECK not goscipy", strings.Replace(goodImage, `"goscipy", "info"`, `"curl", "localhost"`, 1), []string{"GS006"}},
		{"HEALTHCHECK shell form", strings.Replace(goodImage, `CMD ["goscipy", "info", "-q"]`, "CMD goscipy info", 1), []string{"GS007"}},
		{"HEALTHCHECK NONE", strings.Replace(goodImage, `--interval=5m CMD ["goscipy", "info", "-q"]`, "NONE", 1), []string{"GS007"}},
		{"CMD shell form", goodImage + "CMD goscipy info\n", []string{"GS007"}},
		{"cd", goodImage + "RUN cd /tmp && make\n", []string{"GS008"}},
		{"pipe without pipefail", goodImage + "RUN ls | wc -l\n", []string{"GS009"}},
		{"pipe with pipefail", strings.Replace(goodImage, "COPY", `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`+"\nCOPY", 1) + "RUN ls | wc -l\n", nil},
		{"or is not a pipe", goodImage + "RUN true || false\n", nil},
		{"relative WORKDIR", goodImage + "WORKDIR src\n", []string{"GS010"}},
		{"MAINTAINER", goodImage + "MAINTAINER me\n", []string{"GS011"}},
		{"sudo", goodImage + "RUN sudo make\n", []string{"GS011"}},
		{"unpinned syntax", "# syntax=docker/dockerfile:1\n" + goodImage, []string{"GS012"}},
		{"inherited from a stage", goodImage + "FROM img AS child\nLABEL org.opencontainers.image.title=y\n", nil},
		{"step stages need no USER", "FROM " + pinned + " AS step\nRUN make\n" + goodImage, nil},
	} {
		f, err := Parse(strings.NewReader(tc.dockerfile))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []string
		for _, finding := range Check("Dockerfile", f, lock) {
			got = append(got, finding.Rule)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: rules %q, want %q\n%s", tc.name, got, tc.want, tc.dockerfile)
		}
	}
}

func TestParse(t *testing.T) {
	f, err := Parse(strings.NewReader("# syntax=docker/dockerfile:1.7\n# comment\nARG X=1\nfrom " + pinned + " as b\n" +
		"RUN --mount=type=cache,target=/c echo a \\\n  b\nCMD [\"a\", \"b\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Directives["syntax"] != "docker/dockerfile:1.7" || len(f.Global) != 1 || len(f.Stages) != 1 {
		t.Fatalf("%+v", f)
	}
	s := f.Stages[0]
	if s.Name != "b" || s.Base != pinned || len(s.Instructions) != 2 {
		t.Fatalf("stage %+v", s)
	}
	run := s.Instructions[0]
	if m, _ := run.Flag("mount"); m != "type=cache,target=/c" || run.Args != "echo a  b" || run.Line != 5 {
		t.Errorf("run %+v", run)
	}
	if !slices.Equal(s.Instructions[1].JSON, []string{"a", "b"}) {
		t.Errorf("cmd %+v", s.Instructions[1])
	}
	if _, err := Parse(strings.NewReader("FROM x\nRUN <<EOF\necho\nEOF\n")); err == nil {
		t.Error("heredoc accepted")
	}
}

func TestLockConflicts(t *testing.T) {
	l, err := ReadLock(strings.NewReader("# c\na p 1\nb p 1\nc p 2\na q 1 # trailing\na q 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, f := range l.Conflicts() {
		lines = append(lines, f.Line)
	}
	if !slices.Equal(lines, []int{4, 6}) {
		t.Errorf("conflicts on lines %v, want [4 6]", lines)
	}
	if _, err := ReadLock(strings.NewReader("a p\n")); err == nil {
		t.Error("two-field line accepted")
	}
}
