#ifndef LB_TERMINAL_SIGNALS_H
#define LB_TERMINAL_SIGNALS_H

/* Termination signals (SIGINT, SIGTERM, SIGHUP) are recorded, not acted on: the reader's
   main loop sees its read end with EINTR (no SA_RESTART), restores the terminal and exits
   128 + signal. The recorded signal lives in signals.c alone: a static variable in a header
   is copied into every object file that uses it (a release build compiles a module's files
   apart), and a handler writing one copy is never seen by a reader of another. */

/* Installs the handlers, and unblocks the signals the reader needs. */
void lb_install_signal_handlers(void);

/* The signal caught since the last call, or 0. */
int lb_take_signal(void);

#endif
