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
# What registries and scanners show (the OCI annotation keys).
LABEL org.opencontainers.image.title="prowlint" \
      org.opencontainers.image.description="catch a bad Prow deploy before kubectl apply" \
      org.opencontainers.image.source="https://github.com/prowlint/prowlint" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build /src/build/prowlint_*.deb /tmp/
# apt's lists and downloaded packages are of no use in the image: cleared in
# the same layer that made them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/prowlint_*.deb \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /tmp/prowlint_*.deb \
 && prowlint version
# Not root: pods with runAsNonRoot admit only an image whose user is a
# number other than 0 (a name cannot be checked). 65532 is distroless's
# "nonroot"; prowlint only reads its inputs and writes the outputs it is given.
USER 65532:65532
ENTRYPOINT ["prowlint"]
CMD ["lint"]
