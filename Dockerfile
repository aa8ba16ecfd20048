# prowlint in a container: Debian 12 with the .deb this repository builds,
# installed by apt. For a Prow presubmit (testdata/integration/prow-presubmit.yaml)
# or any CI that runs images. From a clone of this repository:
#
#   docker build -t prowlint:0.1.0 .         # or: podman build -t prowlint:0.1.0 .
#   docker run --rm -v "$PWD:/repo" -w /repo prowlint:0.1.0 lint
#
# The first stage builds the .deb as the README's "Installing" does; the second
# installs it with apt, which pulls the libraries it depends on, so the image
# holds the package a user installs and nothing of the build.

FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN .ci/deps \
 && cmake -S . -B build -DPROWLINT_TESTS=OFF \
 && cmake --build build -j"$(nproc)" \
 && cd build && cpack -G DEB

FROM debian:12
COPY --from=build /src/build/prowlint_*.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/prowlint_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/prowlint_*.deb \
 && prowlint version
ENTRYPOINT ["prowlint"]
CMD ["lint"]
