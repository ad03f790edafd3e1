// The C side of the terminal backend. SwiftPM drops pkg-config's -D flags and Swift does not
// import function-like macros or mutable globals under Swift 6, so this header defines the wide
// character API switches itself and wraps what Swift needs in static inline functions.
#ifndef LIVEBLOG_CNCURSESW_SHIM_H
#define LIVEBLOG_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *lb_stdscr(void) { return stdscr; }
static inline FILE *lb_stdout(void) { return stdout; }
static inline int lb_lines(void) { return LINES; }
static inline int lb_cols(void) { return COLS; }

static inline attr_t lb_a_bold(void) { return A_BOLD; }
static inline attr_t lb_a_reverse(void) { return A_REVERSE; }
static inline attr_t lb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lb_a_dim(void) { return A_DIM; }

static inline mmask_t lb_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t lb_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t lb_mouse_wheel_down(void) { return 0; }
#endif
static inline mmask_t lb_mouse_button1_any(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t lb_mouse_wanted(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int lb_key_f0(void) { return KEY_F0; }

/// Writes one cell: a string of wide characters (a base character and its combining marks)
/// with attributes and a colour pair, at row y, column x.
static inline int lb_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Whether the locale's character set is UTF-8.
static inline int lb_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f');
}

/// Whether the current terminal can move its cursor to a place (terminfo's `cup`): a dumb
/// terminal, or a printing one, cannot draw a screen.
static inline int lb_can_address_cursor(void) {
    char *move = tigetstr("cup");
    return move != NULL && move != (char *)-1;
}

#endif
