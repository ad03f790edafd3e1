// glibc's malloc.h, for malloc_trim: LiveBlogKit hands back the memory its worker threads
// freed between the passes of a large parse (the Glibc module does not carry this header).
#include <malloc.h>
