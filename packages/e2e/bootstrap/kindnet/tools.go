//go:build tools

// Keeps kube-network-policies in go.mod: its command is built from this module so it
// shares the Kubernetes client libraries (and the Go build cache) with kindnet.
package main

import _ "sigs.k8s.io/kube-network-policies/pkg/networkpolicy"
