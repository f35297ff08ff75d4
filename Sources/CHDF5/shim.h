#ifndef CHDF5_SHIM_H
#define CHDF5_SHIM_H
#include <hdf5.h>

/* HDF5's constants are macros that call into the library; Swift sees them through these. */
static inline hid_t digitbook_h5_open_read_only(const char *path) {
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL); /* errors are reported by Digitbook, not printed by HDF5 */
    return H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
}
static inline hid_t digitbook_h5_default(void) { return H5P_DEFAULT; }
static inline hid_t digitbook_h5_all(void) { return H5S_ALL; }
static inline hid_t digitbook_h5_native_float(void) { return H5T_NATIVE_FLOAT; }
static inline hid_t digitbook_h5_string_type(size_t size) {
    hid_t type = H5Tcopy(H5T_C_S1);
    if (type >= 0) H5Tset_size(type, size == 0 ? H5T_VARIABLE : size);
    return type;
}
#endif
