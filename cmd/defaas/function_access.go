package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
)

// accessStorePath is where the customer keeps a lease's keys and kits (probekit.Store).
func (a *app) accessStorePath(id uint64) (string, error) {
	m, err := a.loadManifest()
	if err != nil {
		return "", err
	}
	return a.home("access", fmt.Sprintf("%d-%s-%d.json", m.ChainID, strings.ToLower(m.Market.Hex()), id)), nil
}

// accessCustomer is the customer's side of the lease's access, signing as the chosen account,
// which must be the order's customer.
func (a *app) accessCustomer(ctx context.Context, id uint64) (*probekit.Customer, error) {
	w, err := a.writer(ctx)
	if err != nil {
		return nil, err
	}
	o, err := w.Order(ctx, id)
	if err != nil {
		return nil, err
	}
	if me := w.Account(); me != o.Customer {
		return nil, fmt.Errorf("only the customer of order %d (%s) manages who may invoke it; you act as %s", id, o.Customer.Hex(), me.Hex())
	}
	pc, err := a.functionClient(ctx, id)
	if err != nil {
		return nil, err
	}
	path, err := a.accessStorePath(id)
	if err != nil {
		return nil, err
	}
	st, err := probekit.OpenOrNewStore(path, api.LeaseID(id))
	if err != nil {
		return nil, err
	}
	return &probekit.Customer{Store: st, Provider: pc, Market: w, Conn: a.conn}, nil
}

// probeFlags reads --probe requests.
func probeFlags(specs []string) ([]probekit.Request, error) {
	var out []probekit.Request
	for _, s := range specs {
		r, err := probekit.ParseProbe(s, os.ReadFile)
		if err != nil {
			return nil, usageError{fmt.Errorf("--probe: %w", err)}
		}
		out = append(out, r)
	}
	return out, nil
}

const probeHelp = "a request of the witnesses' probe kits, typical of your users' traffic: '[METHOD] /path[?query] [@FILE] [Name:value …] [deterministic]' (repeatable; default 'GET /')"

// rateFlags are --rate and --burst.
type rateFlags struct {
	rate  float64
	burst int
}

func (f *rateFlags) add(c *cobra.Command, what string) {
	c.Flags().Float64Var(&f.rate, "rate", 0, what+": requests per second on average")
	c.Flags().IntVar(&f.burst, "burst", 0, what+": requests at once (default twice the rate)")
}

func (f rateFlags) value() (*api.Rate, error) {
	if f.rate == 0 && f.burst == 0 {
		return nil, nil
	}
	r := api.Rate{RatePerSecond: f.rate, Burst: f.burst}
	if r.Burst == 0 {
		r.Burst = max(1, int(2*f.rate))
	}
	if err := r.Validate(); err != nil {
		return nil, usageError{fmt.Errorf("--rate/--burst: %w", err)}
	}
	return &r, nil
}

// functionAccessCmds are the customer's commands for who may invoke: access, key, url.
func (a *app) functionAccessCmds() []*cobra.Command {
	var perCaller rateFlags
	var probes []string
	access := &cobra.Command{
		Use:   "access signed|keys|public ID",
		Short: "Set who may invoke the lease: signed requests only, also API keys, or anyone",
		Long: `Sets who may invoke the lease's function (SPEC §5.3). In every mode the customer's and the
current committee's signed requests are served.
  signed  only signed requests (the default)
  keys    also the API keys you register (defaas function key new): your users call the function
          with "Authorization: Bearer dfk_…" and no DeFaaS tooling
  public  anyone; each caller (by address, key or IP address) is limited to --rate and --burst
With keys or public, the witnesses of each segment get probe kits (order watch --drive posts them):
keys of their own among your users' and requests like your users' (--probe).`,
		Args: exactArgs(2, "a mode (signed, keys or public) and an order id"),
		RunE: func(c *cobra.Command, args []string) error {
			mode, err := api.ParseAccessMode(args[0])
			if err != nil {
				return usageError{err}
			}
			id, err := orderID(args[1:])
			if err != nil {
				return err
			}
			rate, err := perCaller.value()
			if err != nil {
				return err
			}
			reqs, err := probeFlags(probes)
			if err != nil {
				return err
			}
			cu, err := a.accessCustomer(c.Context(), id)
			if err != nil {
				return err
			}
			if len(reqs) > 0 {
				cu.Store.Probes = reqs
			}
			if err := cu.SetMode(c.Context(), mode, rate); err != nil {
				return err
			}
			st, err := cu.Provider.Access(c.Context(), api.LeaseID(id))
			if err != nil {
				return err
			}
			a.say("Lease %d is in %s mode; `defaas function url %d` prints how to call it", id, st.Mode, id)
			return a.show(st, func(w io.Writer) {
				row(w, "lease", st.Lease)
				row(w, "mode", st.Mode)
				row(w, "keys", st.Keys)
				if st.Mode == api.AccessPublic {
					row(w, "per caller", fmt.Sprintf("%g/s, burst %d", st.PerCaller.RatePerSecond, st.PerCaller.Burst))
				}
			})
		},
	}
	perCaller.add(access, "each caller of a public lease")
	access.Flags().StringArrayVar(&probes, "probe", nil, probeHelp)

	key := &cobra.Command{Use: "key", Short: "API keys of a lease: new, list, revoke"}
	var label string
	var keyRate rateFlags
	newKey := &cobra.Command{
		Use:   "new ID",
		Short: "Give one of your users an API key (from the pool registered at upload); the key is printed once",
		Args:  exactArgs(1, "an order id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			rate, err := keyRate.value()
			if err != nil {
				return err
			}
			cu, err := a.accessCustomer(c.Context(), id)
			if err != nil {
				return err
			}
			k, err := cu.NewUserKey(c.Context(), label, rate)
			if err != nil {
				return err
			}
			fmt.Fprintln(a.env.Stderr, "The key is shown once; the provider and this machine keep only its sha256.")
			if cu.Store.Mode == api.AccessSigned {
				fmt.Fprintf(a.env.Stderr, "Lease %d takes signed requests only: open it with `defaas function access keys %d`.\n", id, id)
			}
			return a.show(map[string]string{"key": k.String(), "id": k.Hash().ID()}, func(w io.Writer) {
				row(w, "key", k.String())
				row(w, "id", k.Hash().ID())
			})
		},
	}
	newKey.Flags().StringVar(&label, "label", "", "a note for yourself: whose key it is")
	keyRate.add(newKey, "the key's limit")

	list := &cobra.Command{
		Use:   "list ID",
		Short: "List the lease's keys: your users' and the spares kept for probe kits",
		Args:  exactArgs(1, "an order id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			cu, err := a.accessCustomer(c.Context(), id)
			if err != nil {
				return err
			}
			registered := map[string]bool{}
			if st, err := cu.Provider.Access(c.Context(), api.LeaseID(id)); err == nil {
				for _, k := range st.KeyIDs {
					registered[k] = true
				}
			} else {
				fmt.Fprintf(a.env.Stderr, "The provider's list could not be read (%v): showing this machine's.\n", err)
			}
			type keyView struct {
				ID         string    `json:"id"`
				Kind       string    `json:"kind"`
				Label      string    `json:"label,omitempty"`
				Rate       api.Rate  `json:"rate"`
				Created    time.Time `json:"created"`
				Batch      int       `json:"batch"`
				Registered bool      `json:"registered"`
				Revoked    bool      `json:"revoked"`
			}
			var views []keyView
			for _, k := range cu.Store.Keys {
				kind := "user"
				switch {
				case k.Assigned():
					kind = fmt.Sprintf("kit: segment %d, %s", *k.Segment, k.Member.Hex())
				case k.Spare:
					kind = "spare"
				}
				views = append(views, keyView{k.ID(), kind, k.Label, k.Rate, k.Created, k.Batch, registered[k.ID()], k.Revoked})
			}
			return a.show(views, func(w io.Writer) {
				row(w, "ID", "KIND", "RATE", "CREATED", "BATCH", "STATE", "LABEL")
				for _, v := range views {
					state := "registered"
					switch {
					case v.Revoked:
						state = "revoked"
					case !v.Registered:
						state = "not at the provider"
					}
					row(w, v.ID, v.Kind, fmt.Sprintf("%g/s burst %d", v.Rate.RatePerSecond, v.Rate.Burst), v.Created.Local().Format(time.DateTime), v.Batch, state, v.Label)
				}
			})
		},
	}
	revoke := &cobra.Command{
		Use:   "revoke ID KEY-ID",
		Short: "Revoke a key (its id, or the start of it, as `key list` shows it)",
		Args:  exactArgs(2, "an order id and a key id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			cu, err := a.accessCustomer(c.Context(), id)
			if err != nil {
				return err
			}
			k, err := cu.Revoke(c.Context(), args[1])
			if err != nil {
				return err
			}
			a.say("Revoked key %s of lease %d: the provider refuses it (401 unknown-key)", k.ID(), id)
			return nil
		},
	}
	key.AddCommand(newKey, list, revoke)

	var withKey string
	url := &cobra.Command{
		Use:   "url ID [PATH]",
		Short: "Print a curl command that calls the lease's function, as your users would",
		Args:  idAndOptionalPath,
		RunE: func(c *cobra.Command, args []string) error {
			id, path, err := orderAndPath(args)
			if err != nil {
				return err
			}
			r, err := a.reader(c.Context())
			if err != nil {
				return err
			}
			dep, err := r.Deployment(c.Context(), id)
			if err != nil {
				return err
			}
			u := api.InvokeURL(dep.Endpoint, api.LeaseID(id), path)
			mode := api.AccessKeys
			if path, err := a.accessStorePath(id); err == nil {
				if st, err := probekit.OpenStore(path); err == nil {
					mode = st.Mode
				}
			}
			if withKey != "" {
				if _, err := api.ParseKey(withKey); err != nil {
					return usageError{fmt.Errorf("--key: %w", err)}
				}
			}
			switch mode {
			case api.AccessPublic:
				fmt.Fprintf(a.env.Stdout, "curl '%s'\n", u)
			case api.AccessSigned:
				fmt.Fprintf(a.env.Stderr, "Lease %d takes signed requests only: `defaas function invoke %d %s`; open it to keys with `defaas function access keys %d`.\n", id, id, path, id)
				fmt.Fprintf(a.env.Stdout, "defaas function invoke %d '%s'\n", id, path)
			default:
				k := "$DEFAAS_KEY"
				if withKey != "" {
					k = withKey
				} else if os.Getenv("DEFAAS_KEY") == "" {
					fmt.Fprintf(a.env.Stderr, "Set DEFAAS_KEY to a key of `defaas function key new %d`, or pass --key.\n", id)
				}
				fmt.Fprintf(a.env.Stdout, "curl -H \"Authorization: Bearer %s\" '%s'\n", k, u)
			}
			return nil
		},
	}
	url.Flags().StringVar(&withKey, "key", "", "put this key (dfk_…) in the command")
	return []*cobra.Command{access, key, url}
}

// prepareAccess registers the spares of the lease's probe kits at upload, among the keys of
// its users to come, and keeps the customer's --probe requests.
func (a *app) prepareAccess(ctx context.Context, id uint64, probes []probekit.Request) error {
	cu, err := a.accessCustomer(ctx, id)
	if err != nil {
		return err
	}
	o, err := cu.Market.Order(ctx, id)
	if err != nil {
		return err
	}
	if len(probes) > 0 {
		cu.Store.Probes = probes
	}
	return cu.Prepare(ctx, int(o.WitnessCount), int(o.Segments))
}

// kitsOf is the customer's kit poster for a lease that has an access store on this machine,
// nil for anyone else's lease (no store, or not the customer).
func (a *app) kitsOf(ctx context.Context, c *market.Client, id uint64, customer bool, probes []probekit.Request) *probekit.Customer {
	if !customer {
		return nil
	}
	path, err := a.accessStorePath(id)
	if err != nil {
		return nil
	}
	st, err := probekit.OpenStore(path)
	if err != nil {
		return nil
	}
	pc, err := a.functionClient(ctx, id)
	if err != nil {
		return nil
	}
	if len(probes) > 0 {
		st.Probes = probes
	}
	return &probekit.Customer{Store: st, Provider: pc, Market: c, Conn: a.conn}
}
