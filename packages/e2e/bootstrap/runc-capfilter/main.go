// runc-capfilter sits in front of runc and removes from the OCI spec every capability the
// current process cannot grant (not in its bounding set), then execs the real runc.
// It also raises a negative oomScoreAdj to the current value when the kernel refuses to
// lower it (this machine's kernel answers EIO to any negative value, even for root).
//
// Why: on hosts whose capability bounding set lacks a capability (here CAP_MAC_OVERRIDE),
// `docker run --privileged` and privileged pods fail with "unable to apply caps", because
// Docker and containerd ask for every capability they know. Dropping what the host cannot
// give anyway makes privileged containers start with the maximum the host allows.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// capability numbers from linux/capability.h
var capNumbers = map[string]uint{
	"CAP_CHOWN": 0, "CAP_DAC_OVERRIDE": 1, "CAP_DAC_READ_SEARCH": 2, "CAP_FOWNER": 3, "CAP_FSETID": 4,
	"CAP_KILL": 5, "CAP_SETGID": 6, "CAP_SETUID": 7, "CAP_SETPCAP": 8, "CAP_LINUX_IMMUTABLE": 9,
	"CAP_NET_BIND_SERVICE": 10, "CAP_NET_BROADCAST": 11, "CAP_NET_ADMIN": 12, "CAP_NET_RAW": 13,
	"CAP_IPC_LOCK": 14, "CAP_IPC_OWNER": 15, "CAP_SYS_MODULE": 16, "CAP_SYS_RAWIO": 17, "CAP_SYS_CHROOT": 18,
	"CAP_SYS_PTRACE": 19, "CAP_SYS_PACCT": 20, "CAP_SYS_ADMIN": 21, "CAP_SYS_BOOT": 22, "CAP_SYS_NICE": 23,
	"CAP_SYS_RESOURCE": 24, "CAP_SYS_TIME": 25, "CAP_SYS_TTY_CONFIG": 26, "CAP_MKNOD": 27, "CAP_LEASE": 28,
	"CAP_AUDIT_WRITE": 29, "CAP_AUDIT_CONTROL": 30, "CAP_SETFCAP": 31, "CAP_MAC_OVERRIDE": 32,
	"CAP_MAC_ADMIN": 33, "CAP_SYSLOG": 34, "CAP_WAKE_ALARM": 35, "CAP_BLOCK_SUSPEND": 36,
	"CAP_AUDIT_READ": 37, "CAP_PERFMON": 38, "CAP_BPF": 39, "CAP_CHECKPOINT_RESTORE": 40,
}

func boundingSet() (uint64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "CapBnd:"); ok {
			return strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		}
	}
	return 0, fmt.Errorf("CapBnd not found in /proc/self/status")
}

func allowed(bnd uint64, name string) bool {
	n, known := capNumbers[strings.ToUpper(name)]
	if !known {
		return false // a capability this kernel table does not know cannot be granted either
	}
	return bnd&(1<<n) != 0
}

// filterCaps drops unavailable capabilities from a process object's capabilities sets.
func filterCaps(process map[string]any, bnd uint64) bool {
	caps, ok := process["capabilities"].(map[string]any)
	if !ok {
		return false
	}
	changed := false
	for set, v := range caps {
		list, ok := v.([]any)
		if !ok {
			continue
		}
		kept := make([]any, 0, len(list))
		for _, c := range list {
			if name, ok := c.(string); ok && !allowed(bnd, name) {
				changed = true
				continue
			}
			kept = append(kept, c)
		}
		caps[set] = kept
	}
	return changed
}

// clampOOMScoreAdj replaces an oomScoreAdj the kernel will not accept with our own value.
// Writing the requested value to our own oom_score_adj is the probe: runc sets the same
// value on the container process later, so where it works nothing changes.
func clampOOMScoreAdj(process map[string]any) bool {
	n, ok := process["oomScoreAdj"].(json.Number)
	if !ok {
		return false
	}
	want, err := n.Int64()
	if err != nil {
		return false
	}
	cur, err := os.ReadFile("/proc/self/oom_score_adj")
	if err != nil {
		return false
	}
	have, err := strconv.ParseInt(strings.TrimSpace(string(cur)), 10, 64)
	if err != nil || want >= have {
		return false
	}
	if os.WriteFile("/proc/self/oom_score_adj", []byte(strconv.FormatInt(want, 10)), 0o644) == nil {
		return false
	}
	process["oomScoreAdj"] = json.Number(strconv.FormatInt(have, 10))
	return true
}

// rewrite edits a JSON file in place; processKey "" means the file is a process object
// (runc exec --process), otherwise the process object sits under that key (config.json).
func rewrite(path, processKey string, bnd uint64) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // keep uid/gid and rlimit numbers exact
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	process := doc
	if processKey != "" {
		p, ok := doc[processKey].(map[string]any)
		if !ok {
			return nil
		}
		process = p
	}
	capsChanged := filterCaps(process, bnd)
	if !clampOOMScoreAdj(process) && !capsChanged {
		return nil
	}
	out, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, info.Mode().Perm())
}

// flagValue finds "--name value", "--name=value", "-short value" in runc's arguments.
func flagValue(args []string, long, short string) (string, bool) {
	for i, a := range args {
		for _, f := range []string{long, short} {
			if f == "" {
				continue
			}
			if a == f && i+1 < len(args) {
				return args[i+1], true
			}
			if v, ok := strings.CutPrefix(a, f+"="); ok {
				return v, true
			}
		}
	}
	return "", false
}

func realRunc() (string, error) {
	self, _ := os.Executable()
	candidates := []string{os.Getenv("RUNC_CAPFILTER_REAL"), "/usr/local/sbin/runc", "/usr/sbin/runc", "/usr/bin/runc"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if r, err := filepath.EvalSymlinks(c); err == nil && r != self {
			return c, nil
		}
	}
	return "", fmt.Errorf("real runc not found (set RUNC_CAPFILTER_REAL)")
}

func hasCommand(args []string, names ...string) bool {
	for _, a := range args {
		for _, n := range names {
			if a == n {
				return true
			}
		}
	}
	return false
}

func main() {
	args := os.Args[1:]
	if bnd, err := boundingSet(); err == nil {
		if hasCommand(args, "create", "run") {
			bundle, ok := flagValue(args, "--bundle", "-b")
			if !ok {
				bundle, _ = os.Getwd()
			}
			if err := rewrite(filepath.Join(bundle, "config.json"), "process", bnd); err != nil {
				fmt.Fprintln(os.Stderr, "runc-capfilter:", err)
				os.Exit(1)
			}
		}
		if hasCommand(args, "exec") {
			if p, ok := flagValue(args, "--process", "-p"); ok {
				if err := rewrite(p, "", bnd); err != nil {
					fmt.Fprintln(os.Stderr, "runc-capfilter:", err)
					os.Exit(1)
				}
			}
		}
	}
	runc, err := realRunc()
	if err != nil {
		fmt.Fprintln(os.Stderr, "runc-capfilter:", err)
		os.Exit(1)
	}
	if err := syscall.Exec(runc, append([]string{runc}, args...), os.Environ()); err != nil {
		fmt.Fprintln(os.Stderr, "runc-capfilter: exec", runc, err)
		os.Exit(1)
	}
}
