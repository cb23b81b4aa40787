//! Only mounts the app; everything else is in the library so that tests can mount it too.

/// lol_alloc's free list (adjacent free blocks are merged) instead of the standard dlmalloc: about
/// 1 KB less download, measured. The app runs on one thread, which `AssumeSingleThreaded` needs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // Panic messages in the console while developing. Release builds abort on a panic without
    // one (the end-to-end tests fail on any page error either way), which keeps 1 KB out of
    // every applicant's download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(blankett::App);
}
