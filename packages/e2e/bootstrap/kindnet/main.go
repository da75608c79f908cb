// kindnet is this repository's stand-in for kind's kindnetd, whose Go module is not served
// by the Go module proxy. It does the two jobs a kind cluster needs from its CNI daemon:
//   - writes the CNI config for this node (ptp + host-local on the node's podCIDR, portmap),
//   - keeps a route to every other node's podCIDR via that node's InternalIP.
// NetworkPolicy is enforced by the command given after "--" (kube-router's firewall), which
// kindnet runs as a child so it gets the same API endpoint; kindnet exits when it exits.
//
// Usage: kindnet [-- network-policy-command args...]
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/vishvananda/netlink"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

const cniConfigPath = "/etc/cni/net.d/10-kindnet.conflist"

func main() {
	nodeName := os.Getenv("NODE_NAME")
	if nodeName == "" {
		log.Fatal("NODE_NAME is not set (use the downward API spec.nodeName)")
	}
	// kind patches CONTROL_PLANE_ENDPOINT in so we reach the API server before kube-proxy
	// has programmed the kubernetes Service.
	if ep := os.Getenv("CONTROL_PLANE_ENDPOINT"); ep != "" {
		host, port, err := net.SplitHostPort(ep)
		if err == nil {
			os.Setenv("KUBERNETES_SERVICE_HOST", host)
			os.Setenv("KUBERNETES_SERVICE_PORT", port)
		}
	}
	if child := childCommand(os.Args[1:]); len(child) > 0 {
		go runChild(child)
	}
	cfg, err := rest.InClusterConfig()
	if err != nil {
		log.Fatalf("in-cluster config: %v", err)
	}
	client := kubernetes.NewForConfigOrDie(cfg)
	for {
		if err := sync(client, nodeName); err != nil {
			log.Printf("sync: %v", err)
		}
		time.Sleep(10 * time.Second)
	}
}

func childCommand(args []string) []string {
	for i, a := range args {
		if a == "--" {
			return args[i+1:]
		}
	}
	return nil
}

// runChild runs the network-policy engine with our environment (including the API endpoint
// set above); when it stops, kindnet stops too so the kubelet restarts the pod.
func runChild(argv []string) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	err := cmd.Run()
	log.Fatalf("%s exited: %v", argv[0], err)
}

func sync(client kubernetes.Interface, nodeName string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nodes, err := client.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("list nodes: %w", err)
	}
	for i := range nodes.Items {
		node := &nodes.Items[i]
		if node.Spec.PodCIDR == "" {
			continue
		}
		if node.Name == nodeName {
			if err := writeCNIConfig(node.Spec.PodCIDR); err != nil {
				return err
			}
			continue
		}
		if err := routeToNode(node); err != nil {
			log.Printf("route to %s: %v", node.Name, err)
		}
	}
	return nil
}

func internalIP(node *corev1.Node) net.IP {
	for _, a := range node.Status.Addresses {
		if a.Type == corev1.NodeInternalIP {
			if ip := net.ParseIP(a.Address); ip != nil && ip.To4() != nil {
				return ip
			}
		}
	}
	return nil
}

func routeToNode(node *corev1.Node) error {
	gw := internalIP(node)
	if gw == nil {
		return fmt.Errorf("no IPv4 InternalIP")
	}
	_, dst, err := net.ParseCIDR(node.Spec.PodCIDR)
	if err != nil {
		return err
	}
	return netlink.RouteReplace(&netlink.Route{Dst: dst, Gw: gw})
}

// writeCNIConfig writes the conflist only when it changes, atomically, so the kubelet
// never reads a half-written file.
func writeCNIConfig(podCIDR string) error {
	conf := map[string]any{
		"cniVersion": "0.4.0",
		"name":       "kindnet",
		"plugins": []any{
			map[string]any{
				"type":   "ptp",
				"ipMasq": false,
				"ipam": map[string]any{
					"type":   "host-local",
					"ranges": []any{[]any{map[string]any{"subnet": podCIDR}}},
					"routes": []any{map[string]any{"dst": "0.0.0.0/0"}},
				},
				"mtu": 1500,
			},
			map[string]any{"type": "portmap", "capabilities": map[string]any{"portMappings": true}},
		},
	}
	data, err := json.MarshalIndent(conf, "", "  ")
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(cniConfigPath); err == nil && bytes.Equal(old, data) {
		return nil
	}
	tmp := filepath.Join(filepath.Dir(cniConfigPath), ".10-kindnet.conflist.tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	log.Printf("writing %s for podCIDR %s", cniConfigPath, podCIDR)
	return os.Rename(tmp, cniConfigPath)
}
