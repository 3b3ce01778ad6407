/* For profiling warta under valgrind 3.19 only (see README, Benchmarks).
   warta's main is async: its main thread waits in libdispatch's sigsuspend with a signal mask that lives in
   read-only memory, and valgrind 3.19 writes into that mask, so every run under valgrind crashes at start.
   This wrapper hands the system call a copy on the stack.
     cc -shared -fPIC -O2 -o /tmp/sigsuspend_shim.so scripts/valgrind_sigsuspend_shim.c
     LD_PRELOAD=/tmp/sigsuspend_shim.so valgrind --tool=callgrind /tmp/w extract syn.jsonl --output /dev/null --jobs 1 */
#define _GNU_SOURCE
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, 8);
}
