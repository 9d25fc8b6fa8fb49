// Command lint runs BuildKit's Dockerfile checks, the rules `docker build
// --check` applies (JSONArgsRecommended, UndefinedVar, FromAsCasing,
// SecretsUsedInArgOrEnv, WorkdirRelativePath and the others listed at
// docs.docker.com/go/dockerfile/rule/), on Dockerfiles, without a Docker
// engine and without the network: base images are "resolved" to an empty
// configuration instead of being fetched from a registry.
//
//	go run . ../Dockerfile
//
// It prints one line per warning and exits 1 if there is any. hadolint,
// the usual Dockerfile linter, is a Haskell program that neither Debian
// bookworm, the Go module proxy nor npm distributes; BuildKit's linter is
// the maintained Go alternative. It lives in its own module so that
// goscipy's go.mod does not carry BuildKit's dependencies.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	digest "github.com/opencontainers/go-digest"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: lint Dockerfile...")
		os.Exit(2)
	}
	bad := false
	for _, name := range os.Args[1:] {
		n, err := lint(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			bad = true
			continue
		}
		if n > 0 {
			bad = true
		} else {
			fmt.Printf("%s: BuildKit's Dockerfile checks found nothing\n", name)
		}
	}
	if bad {
		os.Exit(1)
	}
}

// lint checks one file and returns the number of warnings printed.
func lint(name string) (int, error) {
	dt, err := os.ReadFile(name)
	if err != nil {
		return 0, err
	}
	// The source map stands for the build context the Dockerfile would
	// come from; lint results refer to it for their locations.
	src := llb.Local("dockerfile")
	smap := llb.NewSourceMap(&src, name, "Dockerfile", dt)
	if smap.Definition, err = src.Marshal(context.Background()); err != nil {
		return 0, err
	}
	res, err := dockerfile2llb.DockerfileLint(context.Background(), dt, dockerfile2llb.ConvertOpt{
		SourceMap:    smap,
		MetaResolver: offline{},
	})
	if err != nil {
		return 0, err
	}
	if res.Error != nil {
		return 0, fmt.Errorf("does not parse: %s", res.Error.Message)
	}
	for _, w := range res.Warnings {
		line := 0
		if w.Location != nil && len(w.Location.Ranges) > 0 {
			line = int(w.Location.Ranges[0].Start.Line)
		}
		fmt.Printf("%s:%d: %s: %s (%s)\n", name, line, w.RuleName, w.Detail, w.URL)
	}
	return len(res.Warnings), nil
}

// offline answers image look-ups without a registry: every image has an
// empty configuration for this machine's platform. The lint rules need an
// image's platform and environment, not its layers.
type offline struct{}

func (offline) ResolveImageConfig(_ context.Context, ref string, _ sourceresolver.Opt) (string, digest.Digest, []byte, error) {
	cfg, err := json.Marshal(map[string]any{
		"architecture": runtime.GOARCH,
		"os":           "linux",
		"config":       map[string]any{},
	})
	if err != nil {
		return "", "", nil, err
	}
	dgst := digest.FromBytes(cfg)
	if _, d, ok := strings.Cut(ref, "@"); ok {
		if parsed, err := digest.Parse(d); err == nil {
			dgst = parsed
		}
	}
	return ref, dgst, cfg, nil
}
