// mandelbrot renders the Mandelbrot set as a binary PGM image: a DeFaaS
// function in C, and a compute-heavy one (a few hundred million floating-point
// operations for the default image). ?w= and ?h= set the size (default
// 1024x768, at most 4096 each), ?iter= the iterations per pixel (default 256,
// at most 4096).
//
// One source, three builds (see build.go):
//   - a WASI command speaking CGI:   clang --target=wasm32-wasi -O2
//   - a defaas_v1 reactor:           the same with -mexec-model=reactor -DDEFAAS_REACTOR
//   - native, for benchmarks:        clang -O2 -DDEFAAS_NATIVE (times N renders)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SIDE 4096
#define MAX_ITER 4096

static uint8_t row[MAX_SIDE];

// render_row computes row y of a w x h image of the set.
static void render_row(int y, int w, int h, int iter) {
    double scale = 3.0 / w;
    double ci = (y - h / 2.0) * scale;
    for (int x = 0; x < w; x++) {
        double cr = (x - w * 2.0 / 3.0) * scale;
        double zr = 0, zi = 0;
        int n = 0;
        while (n < iter && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        row[x] = n == iter ? 0 : (uint8_t)(255 - (n * 255) / iter);
    }
}

// param reads name=<number> from a query string, within [1, max].
static int param(const char *query, const char *name, int def, int max) {
    size_t len = strlen(name);
    for (const char *p = query; p && *p;) {
        if (strncmp(p, name, len) == 0 && p[len] == '=') {
            int v = atoi(p + len + 1);
            return v < 1 ? def : v > max ? max : v;
        }
        p = strchr(p, '&');
        if (p) p++;
    }
    return def;
}

typedef void (*writer)(const void *buf, size_t n);

// serve answers the request whose query string is query with a CGI response.
static void serve(const char *query, writer out) {
    int w = param(query, "w", 1024, MAX_SIDE);
    int h = param(query, "h", 768, MAX_SIDE);
    int iter = param(query, "iter", 256, MAX_ITER);
    char head[128];
    int n = snprintf(head, sizeof head, "Content-Type: image/x-portable-graymap\r\n\r\nP5\n%d %d\n255\n", w, h);
    out(head, (size_t)n);
    for (int y = 0; y < h; y++) {
        render_row(y, w, h, iter);
        out(row, (size_t)w);
    }
}

#if defined(DEFAAS_REACTOR)
// The defaas_v1 ABI (runtime/sdk documents it): the request's CGI variables
// as "K=V\0" records, the response through response_write.
__attribute__((import_module("defaas_v1"), import_name("request_env")))
uint32_t defaas_request_env(void *buf, uint32_t cap);
__attribute__((import_module("defaas_v1"), import_name("response_write")))
uint32_t defaas_response_write(const void *buf, uint32_t n);

static char env[16384];

static void host_write(const void *buf, size_t n) { defaas_response_write(buf, (uint32_t)n); }

__attribute__((export_name("defaas_v1_handle")))
void defaas_v1_handle(void) {
    uint32_t n = defaas_request_env(env, sizeof env - 1);
    if (n >= sizeof env) n = 0; // too long: serve the defaults
    env[n] = 0;
    const char *query = "";
    for (char *p = env; p < env + n; p += strlen(p) + 1) {
        if (strncmp(p, "QUERY_STRING=", 13) == 0) query = p + 13;
    }
    serve(query, host_write);
}
#elif defined(DEFAAS_NATIVE)
#include <time.h>

static uint32_t sum;

// checksum consumes the image, so the compiler cannot drop its computation.
static void checksum(const void *buf, size_t n) {
    const uint8_t *b = buf;
    for (size_t i = 0; i < n; i++) sum = sum * 31 + b[i];
}

// mandelbrot-native N QUERY renders N times and prints the nanoseconds of one
// and a checksum of the images.
int main(int argc, char **argv) {
    int times = argc > 1 ? atoi(argv[1]) : 1;
    const char *query = argc > 2 ? argv[2] : "";
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < times; i++) serve(query, checksum);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("%lld %u\n", ns / (times > 0 ? times : 1), sum);
    return 0;
}
#else
static void stdout_write(const void *buf, size_t n) { fwrite(buf, 1, n, stdout); }

int main(void) {
    const char *query = getenv("QUERY_STRING");
    serve(query ? query : "", stdout_write);
    return 0;
}
#endif
