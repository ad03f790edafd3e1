#include "CTerminalSignals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t caught_signal = 0;

static void on_signal(int signal_number) { caught_signal = signal_number; }

void lb_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    /* A parent may have left these blocked (threads of a test runner do); the reader needs them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int lb_take_signal(void) {
    int caught = caught_signal;
    caught_signal = 0;
    return caught;
}
