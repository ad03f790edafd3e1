/// Posts read (never written) by every worker of a parallel map, through their address:
/// fields are read in place rather than copied out (a copy of a post retains every field, and
/// threads retaining the same strings contend for their reference counts). Valid only while
/// the buffer it was made from is.
struct SharedPosts: @unchecked Sendable {
    let base: UnsafePointer<Post>
    let count: Int
}
