# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2154 # cache, recipes: set by build-vcn-image
# The tiny image, sourced by scripts/build-vcn-image: the host's generic kernel (it has e1000, the
# cloud kernel has not), a busybox initramfs made from scripts/vcn-image/tiny/ with the NIC and disk
# modules, and a small ext4 disk that is attached but not needed as root.
# Needs no root: the archive gets root ownership from cpio, the disk from mkfs.ext4 -d.

tiny_cmdline="console=ttyS0 panic=-1 loglevel=6"

# Prints the module files (relative to /lib/modules/<ver>) to load for the given names, each after
# its dependencies; built-in and absent modules are reported on fd 3 as "name builtin|absent".
tiny_module_order() {
  local ver="$1"
  shift
  local -A seen=()
  local order=()
  visit() {
    local name="$1" file deps dep
    [ -n "${seen[$name]:-}" ] && return 0
    seen[$name]=1
    file="$(modinfo -k "$ver" -F filename "$name" 2>/dev/null | head -n 1)" || true
    if [ -z "$file" ]; then
      echo "$name absent" >&3
      return 0
    fi
    if [ "$file" = "(builtin)" ]; then
      echo "$name builtin" >&3
      return 0
    fi
    deps="$(modinfo -k "$ver" -F depends "$name" 2>/dev/null | head -n 1)"
    for dep in ${deps//,/ }; do
      visit "$dep"
    done
    order+=("${file#/lib/modules/"$ver"/}")
  }
  local name
  for name in "$@"; do
    visit "$name"
  done
  printf '%s\n' "${order[@]}"
}

build_tiny() {
  local out="$1" hash="$2" start="$3"
  local kernel ver work root m file skipped extra
  for tool in busybox cpio gzip mkfs.ext4 qemu-img modinfo; do
    command -v "$tool" >/dev/null || die "'$tool' is missing: run scripts/setup"
  done
  busybox --list | grep -x udhcpc >/dev/null || die "busybox has no udhcpc: install busybox-static (scripts/setup)"
  need_space 200

  kernel="$(host_kernel)"
  ver="$(basename "$kernel")"
  ver="${ver#vmlinuz-}"
  [ -d "/lib/modules/$ver" ] || die "no /lib/modules/$ver for $kernel: reinstall linux-image-$ver"
  [ -r "$kernel" ] || die "cannot read $kernel (run as root, or make it readable)"

  work="$(mktemp -d "$cache/.work-tiny.XXXXXX")"
  cleanup_paths+=("$work")
  root="$work/initramfs"

  say "[tiny] initramfs: busybox, modules of $ver"
  mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,run,tmp,root,lib/modules,usr/bin,usr/sbin}
  cp "$(command -v busybox)" "$root/bin/busybox"
  # Every applet as a link, so the scripts read like plain shell.
  local applet
  while read -r applet; do
    [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
  done < <(busybox --list-full)

  local names
  names=$(grep -v '^#' "$recipes/tiny/modules" | xargs)
  skipped=()
  exec 4>"$work/module-notes"
  # shellcheck disable=SC2086
  tiny_module_order "$ver" $names 3>&4 >"$work/modules.order"
  exec 4>&-
  while read -r m; do
    [ -n "$m" ] || continue
    file="/lib/modules/$ver/$m"
    case "$file" in
      *.ko.xz) xz -dc "$file" >"$root/lib/modules/$(basename "${m%.xz}")" ;;
      *.ko.zst) zstd -qdc "$file" >"$root/lib/modules/$(basename "${m%.zst}")" ;;
      *.ko.gz) gzip -dc "$file" >"$root/lib/modules/$(basename "${m%.gz}")" ;;
      *) cp "$file" "$root/lib/modules/" ;;
    esac
    m="$(basename "$m")"
    m="${m%.xz}"
    m="${m%.zst}"
    echo "${m%.gz}" >>"$root/etc/modules.order"
  done <"$work/modules.order"
  touch "$root/etc/modules.order"
  # A driver the kernel lacks altogether would boot a VCN without its NIC or disk: fail the build.
  while read -r m; do
    case "$m" in
      *" absent") die "the kernel $ver has no module ${m% absent} (scripts/vcn-image/tiny/modules): install linux-image-amd64 (scripts/setup)" ;;
    esac
    skipped+=("$m")
  done <"$work/module-notes"

  install -m 0755 "$recipes/tiny/init" "$root/init"
  install -m 0755 "$recipes/tiny/udhcpc.script" "$root/etc/udhcpc.script"
  install -m 0755 "$recipes/tiny/voc-banner" "$root/bin/voc-banner"
  echo "root:x:0:0:root:/root:/bin/sh" >"$root/etc/passwd"
  echo "root:x:0:" >"$root/etc/group"
  echo "tiny $hash" >"$root/etc/voc-image"
  (cd "$root" && find . -print0 | LC_ALL=C sort -z |
    cpio --null -o -H newc -R 0:0 --quiet) | gzip -9n >"$out/initrd.img"
  local kernel_format
  kernel_format="$(install_kernel "$kernel" "$out/vmlinuz")"

  say "[tiny] disk: 64 MiB ext4 -> qcow2"
  mkdir -p "$work/disk/etc"
  echo "tiny $hash" >"$work/disk/etc/voc-image"
  mkfs.ext4 -q -F -L voc-tiny -d "$work/disk" "$work/disk.raw" 64M >/dev/null ||
    die "mkfs.ext4 failed for the tiny disk in $work"
  qemu-img convert -q -f raw -O qcow2 "$work/disk.raw" "$out/disk.qcow2"

  extra="  \"kernelVersion\": $(json_string "$ver"),"
  extra+=$'\n'"  \"kernelFormat\": \"$kernel_format\","
  extra+=$'\n'"  \"modules\": \"$(xargs <"$root/etc/modules.order")\","
  extra+=$'\n'"  \"modulesNotLoaded\": \"${skipped[*]}\""
  write_manifest "$out" tiny "$hash" "$tiny_cmdline" "$(($(date +%s) - start))" "$extra"
  rm -rf "$work"
}
