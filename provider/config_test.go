package provider_test

import (
	"testing"
	"time"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/provider"
)

func TestConfig_ExampleLoadsAndIsValid(t *testing.T) {
	cfg := provider.DefaultConfig()
	if err := daemon.LoadConfig("../examples/provider.toml", &cfg, true); err != nil {
		t.Fatal(err)
	}
	cfg.DataDir = t.TempDir()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.MinRevealWindow != 0 || cfg.CPUMilli != 4000 || cfg.Pricing.Prices["2"] != "4" {
		t.Fatalf("example read as %+v", cfg)
	}
}

func TestConfig_EnvironmentOverridesAndBadValuesRefused(t *testing.T) {
	t.Setenv("DEFAAS_PROVIDER_PRICING_STRATEGY", "undercut")
	t.Setenv("DEFAAS_PROVIDER_CPU_MILLI", "2000")
	cfg := provider.DefaultConfig()
	cfg.DataDir = t.TempDir()
	if err := daemon.ApplyEnv("DEFAAS_PROVIDER", &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Pricing.Strategy != "undercut" || cfg.CPUMilli != 2000 {
		t.Fatalf("environment not applied: %+v", cfg)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*provider.Config){
		"unknown strategy": func(c *provider.Config) { c.Pricing.Strategy = "cheapest" },
		"no capacity":      func(c *provider.Config) { c.CPUMilli = 0 },
		"negative reveal":  func(c *provider.Config) { c.MinRevealWindow = -time.Second },
		"bad stake":        func(c *provider.Config) { c.StakeFST = "lots" },
		"no prices":        func(c *provider.Config) { c.Pricing.Prices = nil },
	} {
		c := cfg
		mutate(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
