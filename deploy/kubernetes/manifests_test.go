// Package kubernetes holds the manifests of a computing pool on Kubernetes (see README.md);
// its test decodes every one of them strictly into the Kubernetes API types, and the
// configuration files they carry into the types that read them.
package kubernetes

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nats-io/nats-server/v2/server"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/yaml"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/provider"
)

// object is one decoded manifest.
type object struct {
	file string
	kind string
	name string
	obj  any
}

// decode reads a multi-document YAML file strictly: an unknown kind, or a field the kind does
// not have, is an error.
func decode(file string, data []byte) ([]object, error) {
	var out []object
	for i, doc := range bytes.Split(data, []byte("\n---\n")) {
		if len(bytes.TrimSpace(doc)) == 0 {
			continue
		}
		var tm metav1.TypeMeta
		if err := yaml.Unmarshal(doc, &tm); err != nil {
			return nil, fmt.Errorf("%s document %d: %w", file, i+1, err)
		}
		var obj any
		switch tm.APIVersion + " " + tm.Kind {
		case "v1 ConfigMap":
			obj = &corev1.ConfigMap{}
		case "v1 Service":
			obj = &corev1.Service{}
		case "v1 PersistentVolumeClaim":
			obj = &corev1.PersistentVolumeClaim{}
		case "apps/v1 Deployment":
			obj = &appsv1.Deployment{}
		case "apps/v1 StatefulSet":
			obj = &appsv1.StatefulSet{}
		default:
			return nil, fmt.Errorf("%s document %d: unexpected %s %s", file, i+1, tm.APIVersion, tm.Kind)
		}
		if err := yaml.UnmarshalStrict(doc, obj); err != nil {
			return nil, fmt.Errorf("%s document %d (%s): %w", file, i+1, tm.Kind, err)
		}
		meta := obj.(metav1.ObjectMetaAccessor).GetObjectMeta()
		out = append(out, object{file: file, kind: tm.Kind, name: meta.GetName(), obj: obj})
	}
	return out, nil
}

func manifests(t *testing.T) map[string]object {
	t.Helper()
	files, err := filepath.Glob("*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	all := map[string]object{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		objs, err := decode(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range objs {
			all[o.kind+"/"+o.name] = o
		}
	}
	return all
}

func TestManifests_DecodeStrictlyIntoTheKubernetesTypes(t *testing.T) {
	all := manifests(t)
	for _, want := range []string{"ConfigMap/nats-config", "Service/nats", "Service/nats-headless", "StatefulSet/nats",
		"ConfigMap/defaas-worker", "Deployment/defaas-worker", "ConfigMap/defaas-provider", "PersistentVolumeClaim/defaas-provider-data",
		"Deployment/defaas-provider", "Service/defaas-provider"} {
		if _, ok := all[want]; !ok {
			t.Errorf("no %s", want)
		}
	}
}

func TestManifests_AMisspeltFieldFails(t *testing.T) {
	doc := []byte("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replica: 3\n")
	if _, err := decode("typo.yaml", doc); err == nil || !strings.Contains(err.Error(), "replica") {
		t.Fatalf("a misspelt field: %v", err)
	}
}

func configData(t *testing.T, all map[string]object, name, key string) string {
	t.Helper()
	o, ok := all["ConfigMap/"+name]
	if !ok {
		t.Fatalf("no ConfigMap %s", name)
	}
	v, ok := o.obj.(*corev1.ConfigMap).Data[key]
	if !ok {
		t.Fatalf("ConfigMap %s has no %s", name, key)
	}
	return v
}

// address stands for the provider's address the user writes in place of PROVIDER_ADDRESS.
var address = api.Address{0x12, 0x34, 0xab}

func fill(s string) string {
	return strings.ReplaceAll(s, "PROVIDER_ADDRESS", strings.TrimPrefix(address.String(), "0x"))
}

func TestManifests_TheConfigurationFilesReadStrictly(t *testing.T) {
	all := manifests(t)
	dir := t.TempDir()
	pc := provider.DefaultConfig()
	path := filepath.Join(dir, "provider.toml")
	os.WriteFile(path, []byte(configData(t, all, "defaas-provider", "provider.toml")), 0o644)
	if err := daemon.LoadConfig(path, &pc, true); err != nil {
		t.Fatal(err)
	}
	pc.Pool.Token = "from the secret" // DEFAAS_PROVIDER_POOL_TOKEN
	if err := pc.Validate(); err != nil {
		t.Fatalf("provider.toml: %v", err)
	}
	if !pc.Pool.Enabled() || pc.Pool.Embedded || pc.Pool.StreamReplicas != 3 {
		t.Errorf("provider.toml's pool: %+v, want the NATS cluster with three copies", pc.Pool)
	}
	wc := pool.DefaultWorkerConfig()
	path = filepath.Join(dir, "worker.toml")
	os.WriteFile(path, []byte(fill(configData(t, all, "defaas-worker", "worker.toml"))), 0o644)
	if err := daemon.LoadConfig(path, &wc, true); err != nil {
		t.Fatal(err)
	}
	wc.Token = "from the secret" // DEFAAS_WORKER_TOKEN
	if err := wc.Validate(); err != nil {
		t.Fatalf("worker.toml: %v", err)
	}
	if wc.Provider != address.String() {
		t.Errorf("worker.toml's provider is %s", wc.Provider)
	}
}

// TestManifests_NATSGivesWorkersExactlyTheirPermissions reads nats.conf with the NATS server's
// own parser and compares the worker user's permissions with what package pool asks for.
func TestManifests_NATSGivesWorkersExactlyTheirPermissions(t *testing.T) {
	all := manifests(t)
	path := filepath.Join(t.TempDir(), "nats.conf")
	os.WriteFile(path, []byte(fill(configData(t, all, "nats-config", "nats.conf"))), 0o644)
	t.Setenv("SERVER_NAME", "nats-0")
	t.Setenv("PROVIDER_TOKEN", "p")
	t.Setenv("WORKER_TOKEN", "w")
	opts, err := server.ProcessConfigFile(path)
	if err != nil {
		t.Fatalf("nats.conf: %v", err)
	}
	if !opts.JetStream || opts.MaxPayload < pool.MaxPayload {
		t.Errorf("nats.conf: JetStream %v, max_payload %d; want JetStream and at least %d", opts.JetStream, opts.MaxPayload, pool.MaxPayload)
	}
	pub, sub := pool.NewSubjects(address).WorkerPermissions()
	var found bool
	for _, u := range opts.Users {
		switch u.Username {
		case pool.WorkerUser:
			found = true
			if u.Permissions == nil || u.Permissions.Publish == nil || u.Permissions.Subscribe == nil || u.Permissions.Response == nil {
				t.Fatalf("the worker user has no permissions: %+v", u.Permissions)
			}
			if !slices.Equal(u.Permissions.Publish.Allow, pub) || !slices.Equal(u.Permissions.Subscribe.Allow, sub) {
				t.Errorf("worker permissions in nats.conf:\npublish %v\nsubscribe %v\nwant\npublish %v\nsubscribe %v",
					u.Permissions.Publish.Allow, u.Permissions.Subscribe.Allow, pub, sub)
			}
			if u.Password != "w" {
				t.Error("the worker password is not the secret's")
			}
		case "defaas-provider":
			if u.Password != "p" {
				t.Error("the provider password is not the secret's")
			}
		}
	}
	if !found {
		t.Error("no worker user in nats.conf")
	}
}

func TestManifests_WorkersOfferWhatTheyRequest(t *testing.T) {
	all := manifests(t)
	d := all["Deployment/defaas-worker"].obj.(*appsv1.Deployment)
	c := d.Spec.Template.Spec.Containers[0]
	env := map[string]corev1.EnvVar{}
	for _, e := range c.Env {
		env[e.Name] = e
	}
	for name, res := range map[string]string{"DEFAAS_WORKER_CPU_MILLI": "requests.cpu", "DEFAAS_WORKER_MEMORY_MB": "requests.memory"} {
		e, ok := env[name]
		if !ok || e.ValueFrom == nil || e.ValueFrom.ResourceFieldRef == nil || e.ValueFrom.ResourceFieldRef.Resource != res {
			t.Errorf("%s does not come from the container's %s", name, res)
		}
	}
	if c.Resources.Requests.Cpu().IsZero() || c.Resources.Requests.Memory().IsZero() {
		t.Error("the worker requests no cpu or memory")
	}
	if p := all["Deployment/defaas-provider"].obj.(*appsv1.Deployment); *p.Spec.Replicas != 1 || p.Spec.Strategy.Type != appsv1.RecreateDeploymentStrategyType {
		t.Error("the provider must be one replica, recreated: two gateways of one account would bid twice")
	}
}
