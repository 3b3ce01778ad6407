// Counts, per object type and per call site, the Swift reference counts that move an object's cache line
// between threads: a count (swift_retain, swift_release, their _n forms, swift_bridgeObjectRetain/Release) whose
// previous count on the same object came from another thread. Those are the atomic writes that two worker
// threads of one process pay for and two processes do not. Preload it into a run on two threads:
//   gcc -shared -fPIC -O2 -o /tmp/refcount_sharing.so scripts/refcount_sharing.c -ldl
//   RC_OUT=/tmp/rc.txt LD_PRELOAD=/tmp/refcount_sharing.so .build/release/warta bench --kind text
//     --documents 6000 --jobs 2 --no-stages
// The output has the counts per thread, "M ops=N xfer=N TYPE" per type (with more than 20,000 counts) and
// "C t0 t1 t2 t3 x=N BINARY+OFFSET TYPE" per call site (the return address; `nm -n` of the unstripped binary
// names the function). Counts inside libswiftCore itself are not seen, only the ones the program calls.
// Immortal objects (the empty array and set singletons) are counted but never written. A global lock
// serializes the counting, so the run is slow and its timing meaningless.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { void *obj; int8_t last; } Ent;
#define TB (1u << 24)
static Ent *tab;
typedef struct { void *meta; uint64_t ops, x; } MEnt;
#define MB (1u << 14)
static MEnt mtab[MB];
typedef struct { void *caller; void *meta; uint64_t n[4]; uint64_t x; } CEnt;
#define CB (1u << 16)
static CEnt ctab[CB];
static atomic_flag lk = ATOMIC_FLAG_INIT;
static __thread int tid = -1;
static int ntid = 0;
static uint64_t tot[4];
static void *(*r_retain)(void *);
static void (*r_release)(void *);
static void *(*r_retain_n)(void *, uint32_t);
static void (*r_release_n)(void *, uint32_t);
static void *(*r_bretain)(void *);
static void (*r_brelease)(void *);
typedef struct { const char *d; size_t n; } TypeName;
static TypeName (*r_typename)(void *, int);

static void init(void) {
    if (tab) return;
    tab = calloc(TB, sizeof(Ent));
    r_retain = dlsym(RTLD_NEXT, "swift_retain");
    r_release = dlsym(RTLD_NEXT, "swift_release");
    r_retain_n = dlsym(RTLD_NEXT, "swift_retain_n");
    r_release_n = dlsym(RTLD_NEXT, "swift_release_n");
    r_bretain = dlsym(RTLD_NEXT, "swift_bridgeObjectRetain");
    r_brelease = dlsym(RTLD_NEXT, "swift_bridgeObjectRelease");
    r_typename = dlsym(RTLD_NEXT, "swift_getTypeName");
}
static inline void lock(void) { while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) {} }
static inline void unlock(void) { atomic_flag_clear_explicit(&lk, memory_order_release); }
static inline uint32_t h(void *p, uint32_t m) {
    uint64_t x = (uint64_t)p;
    x ^= x >> 33; x *= 0xff51afd7ed558ccdULL; x ^= x >> 33;
    return (uint32_t)x & (m - 1);
}
static Ent *find(void *p) {
    for (uint32_t i = h(p, TB);; i = (i + 1) & (TB - 1)) {
        if (tab[i].obj == p) return &tab[i];
        if (!tab[i].obj) { tab[i].obj = p; return &tab[i]; }
    }
}
static MEnt *mfind(void *m) {
    for (uint32_t i = h(m, MB);; i = (i + 1) & (MB - 1)) {
        if (mtab[i].meta == m) return &mtab[i];
        if (!mtab[i].meta) { mtab[i].meta = m; return &mtab[i]; }
    }
}
static void rec(void *p, uint32_t n, void *caller) {
    if ((uintptr_t)p < 65536) return;
    init();
    if (tid < 0) { lock(); tid = ntid < 3 ? ntid++ : 3; unlock(); }
    void *meta = *(void **)p;  // the object's type metadata (its isa)
    lock();
    Ent *e = find(p);
    int moved = e->last != 0 && e->last != tid + 1;
    e->last = (int8_t)(tid + 1);
    tot[tid] += n;
    MEnt *m = mfind(meta);
    m->ops += n;
    m->x += moved;
    for (uint32_t i = h((void *)((uint64_t)caller ^ (uint64_t)meta * 31), CB);; i = (i + 1) & (CB - 1)) {
        CEnt *c = &ctab[i];
        if (!c->caller) { c->caller = caller; c->meta = meta; }
        if (c->caller == caller && c->meta == meta) { c->n[tid] += n; c->x += moved; break; }
    }
    unlock();
}
void *swift_retain(void *p) { init(); rec(p, 1, __builtin_return_address(0)); return r_retain(p); }
void swift_release(void *p) { init(); rec(p, 1, __builtin_return_address(0)); r_release(p); }
void *swift_retain_n(void *p, uint32_t n) { init(); rec(p, n, __builtin_return_address(0)); return r_retain_n(p, n); }
void swift_release_n(void *p, uint32_t n) { init(); rec(p, n, __builtin_return_address(0)); r_release_n(p, n); }
// A bridge object's spare bits (x86-64) masked off; a negative value is no heap object.
#define BMASK (~0xF000000000000007ULL)
void *swift_bridgeObjectRetain(void *p) {
    init();
    if ((int64_t)(uintptr_t)p > 0) rec((void *)((uintptr_t)p & BMASK), 1, __builtin_return_address(0));
    return r_bretain(p);
}
void swift_bridgeObjectRelease(void *p) {
    init();
    if ((int64_t)(uintptr_t)p > 0) rec((void *)((uintptr_t)p & BMASK), 1, __builtin_return_address(0));
    r_brelease(p);
}
static const char *tname(void *m) {
    static char buf[512];
    if (!m || !r_typename) return "?";
    TypeName t = r_typename(m, 1);
    size_t n = t.n < 500 ? t.n : 500;
    memcpy(buf, t.d, n);
    buf[n] = 0;
    return buf;
}
__attribute__((destructor)) static void fin(void) {
    if (!tab) return;
    const char *out = getenv("RC_OUT");
    FILE *f = fopen(out ? out : "/tmp/refcount_sharing.txt", "w");
    if (!f) return;
    fprintf(f, "counts per thread: %lu %lu %lu %lu\n", tot[0], tot[1], tot[2], tot[3]);
    for (uint32_t i = 0; i < MB; i++)
        if (mtab[i].meta && mtab[i].ops > 20000) fprintf(f, "M ops=%lu xfer=%lu %s\n", mtab[i].ops, mtab[i].x, tname(mtab[i].meta));
    Dl_info di;
    for (uint32_t i = 0; i < CB; i++) {
        CEnt *c = &ctab[i];
        if (!c->caller || c->n[0] + c->n[1] + c->n[2] + c->n[3] <= 3000) continue;
        const char *fn = "?";
        uintptr_t off = 0;
        if (dladdr(c->caller, &di)) { off = (uintptr_t)c->caller - (uintptr_t)di.dli_fbase; fn = di.dli_fname; }
        fprintf(f, "C %lu %lu %lu %lu x=%lu %s+0x%lx %s\n", c->n[0], c->n[1], c->n[2], c->n[3], c->x, fn, off, tname(c->meta));
    }
    fclose(f);
}
