import CHDF5

/// An HDF5 file opened read-only through the HDF5 C library: its groups, float datasets and text attributes, as
/// Keras's model files keep them. Owns the file handle (closed when released); every call's status is checked and
/// a failure is an HDF5Error naming the file and the object.
public final class HDF5File {
    public let path: String
    private let handle: hid_t
    /// The most values one dataset may hold (a model file's largest kernel is far below it).
    static let largestDataset = 1 << 28

    /// Opens the file at `path`; errors call it `name` (by default its path).
    public init(path: String, name: String? = nil) throws(HDF5Error) {
        let handle = digitbook_h5_open_read_only(path)
        guard handle >= 0 else {
            throw HDF5Error(file: name ?? path, "cannot be opened as an HDF5 file (a missing file, or not HDF5)")
        }
        self.path = name ?? path
        self.handle = handle
    }

    deinit { H5Fclose(handle) }

    /// The names of the members of the group at `group`, in name order.
    public func children(of group: String) throws(HDF5Error) -> [String] {
        let opened = H5Gopen2(handle, group, digitbook_h5_default())
        guard opened >= 0 else { throw HDF5Error(file: path, object: group, "is not a group") }
        defer { H5Gclose(opened) }
        var info = H5G_info_t()
        guard H5Gget_info(opened, &info) >= 0 else { throw HDF5Error(file: path, object: group, "cannot be listed") }
        var names: [String] = []
        for index in 0..<info.nlinks {
            let length = H5Lget_name_by_idx(opened, ".", H5_INDEX_NAME, H5_ITER_INC, index, nil, 0, digitbook_h5_default())
            guard length >= 0 else { throw HDF5Error(file: path, object: group, "member \(index) has no name") }
            var buffer = [CChar](repeating: 0, count: Int(length) + 1)
            _ = H5Lget_name_by_idx(opened, ".", H5_INDEX_NAME, H5_ITER_INC, index, &buffer, buffer.count, digitbook_h5_default())
            names.append(String(decoding: buffer.prefix(Int(length)).map(UInt8.init(bitPattern:)), as: UTF8.self))
        }
        return names
    }

    /// Whether `object` exists (a group or a dataset).
    public func contains(_ object: String) -> Bool {
        H5Lexists(handle, object, digitbook_h5_default()) > 0
    }

    /// The float dataset at `dataset`: its shape and values in row-major order, converted to Float by HDF5.
    public func floats(at dataset: String) throws(HDF5Error) -> (shape: [Int], values: [Float]) {
        guard contains(dataset) else { throw HDF5Error(file: path, object: dataset, "no such dataset") }
        let opened = H5Dopen2(handle, dataset, digitbook_h5_default())
        guard opened >= 0 else { throw HDF5Error(file: path, object: dataset, "is not a dataset") }
        defer { H5Dclose(opened) }
        let type = H5Dget_type(opened)
        defer { H5Tclose(type) }
        guard H5Tget_class(type) == H5T_FLOAT || H5Tget_class(type) == H5T_INTEGER else {
            throw HDF5Error(file: path, object: dataset, "holds no numbers")
        }
        let space = H5Dget_space(opened)
        defer { H5Sclose(space) }
        let rank = H5Sget_simple_extent_ndims(space)
        guard rank >= 0, rank <= 8 else { throw HDF5Error(file: path, object: dataset, "has an unreadable shape") }
        var dimensions = [hsize_t](repeating: 0, count: Int(rank))
        guard H5Sget_simple_extent_dims(space, &dimensions, nil) == rank else {
            throw HDF5Error(file: path, object: dataset, "has an unreadable shape")
        }
        let shape = dimensions.map { Int(clamping: $0) }
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard count <= Self.largestDataset else { throw HDF5Error(file: path, object: dataset, "shape \(shape) is too large") }
        var values = [Float](repeating: 0, count: count)
        let status = values.withUnsafeMutableBytes { buffer in
            H5Dread(opened, digitbook_h5_native_float(), digitbook_h5_all(), digitbook_h5_all(), digitbook_h5_default(), buffer.baseAddress)
        }
        guard status >= 0 else { throw HDF5Error(file: path, object: dataset, "cannot be read as numbers") }
        return (shape, values)
    }

    /// The text attribute `name` of `object` (`/` for the file): one string for a scalar, one per element for an
    /// array; variable-length and fixed-length strings both.
    public func strings(attribute name: String, of object: String = "/") throws(HDF5Error) -> [String] {
        guard H5Aexists_by_name(handle, object, name, digitbook_h5_default()) > 0 else {
            throw HDF5Error(file: path, object: object, "has no attribute \(name)")
        }
        let attribute = H5Aopen_by_name(handle, object, name, digitbook_h5_default(), digitbook_h5_default())
        guard attribute >= 0 else { throw HDF5Error(file: path, object: object, "attribute \(name) cannot be opened") }
        defer { H5Aclose(attribute) }
        let type = H5Aget_type(attribute), space = H5Aget_space(attribute)
        defer { H5Tclose(type); H5Sclose(space) }
        guard H5Tget_class(type) == H5T_STRING else {
            // An empty list is written by h5py as an empty float array.
            if H5Sget_simple_extent_npoints(space) == 0 { return [] }
            throw HDF5Error(file: path, object: object, "attribute \(name) is not text")
        }
        let count = Int(H5Sget_simple_extent_npoints(space))
        guard count >= 0, count <= 1 << 20 else { throw HDF5Error(file: path, object: object, "attribute \(name) is too large") }
        // HDF5 does not convert between character sets, so the memory type takes the file's (ASCII or UTF-8).
        let characterSet = H5Tget_cset(type)
        return H5Tis_variable_str(type) > 0
            ? try variableStrings(attribute, space: space, count: count, characterSet: characterSet, name: name, object: object)
            : try fixedStrings(attribute, type: type, count: count, characterSet: characterSet, name: name, object: object)
    }

    private func variableStrings(_ attribute: hid_t, space: hid_t, count: Int, characterSet: H5T_cset_t, name: String,
                                 object: String) throws(HDF5Error) -> [String] {
        let memory = digitbook_h5_string_type(0)
        H5Tset_cset(memory, characterSet)
        defer { H5Tclose(memory) }
        var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
        guard H5Aread(attribute, memory, &pointers) >= 0 else {
            throw HDF5Error(file: path, object: object, "attribute \(name) cannot be read")
        }
        defer { H5Dvlen_reclaim(memory, space, digitbook_h5_default(), &pointers) }
        return pointers.map { $0.map { String(cString: $0) } ?? "" }
    }

    private func fixedStrings(_ attribute: hid_t, type: hid_t, count: Int, characterSet: H5T_cset_t, name: String,
                              object: String) throws(HDF5Error) -> [String] {
        let size = H5Tget_size(type)
        guard size > 0, size <= 1 << 24 else { throw HDF5Error(file: path, object: object, "attribute \(name) has no text") }
        let memory = digitbook_h5_string_type(size)
        H5Tset_cset(memory, characterSet)
        H5Tset_strpad(memory, H5Tget_strpad(type))  // a null-padded string may use every byte; null-terminated would cut one
        defer { H5Tclose(memory) }
        var bytes = [UInt8](repeating: 0, count: size * count)
        guard H5Aread(attribute, memory, &bytes) >= 0 else {
            throw HDF5Error(file: path, object: object, "attribute \(name) cannot be read")
        }
        return (0..<count).map { index in
            String(decoding: bytes[(index * size)..<((index + 1) * size)].prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
