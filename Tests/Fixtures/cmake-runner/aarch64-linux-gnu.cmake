# Cross-compiling for AArch64 Linux with Debian's cross compiler (gcc-aarch64-linux-gnu),
# test programs run by ctest under xrun.
#
#   cmake -S . -B build -G Ninja -DCMAKE_TOOLCHAIN_FILE=aarch64-linux-gnu.cmake \
#         -DXRUN=/path/to/xrun                     # or a list: "/path/to/xrun;-L;/usr/aarch64-linux-gnu"
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)

# Libraries and headers from the cross sysroot only; build tools from the host.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest (and add_custom_command, try_run) prefix every target executable with this.
set(XRUN xrun CACHE STRING "xrun's path, optionally followed by its options as a CMake list")
set(CMAKE_CROSSCOMPILING_EMULATOR "${XRUN}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES XRUN)
