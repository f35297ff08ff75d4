#ifndef CMalloc_SHIM_H
#define CMalloc_SHIM_H
#include <malloc.h>
#endif
