#!/bin/sh
# Builds the two tiny jars of the apiCompatibility demo (cli/src/main/resources/io/deliverygates/cli/demo/api/)
# from the sources beside this script (common/ goes into both versions), with the JDK's javac and jar (release 17,
# no debug info, fixed entry times, so that the jars are reproducible). Run from this folder: sh make-jars.sh
set -eu
out=../src/main/resources/io/deliverygates/cli/demo/api
mkdir -p "$out"
for pair in v1:1.4.0 v2:1.5.0; do
  dir=${pair%%:*}; version=${pair#*:}
  rm -rf "build/$dir" && mkdir -p "build/$dir/META-INF/maven/com.example/shop-client"
  javac --release 17 -g:none -d "build/$dir" $(find "$dir/src" common/src -name '*.java')
  printf 'groupId=com.example\nartifactId=shop-client\nversion=%s\n' "$version" \
    > "build/$dir/META-INF/maven/com.example/shop-client/pom.properties"
  rm -f "$out/shop-client-$version.jar"
  jar --create --file "$out/shop-client-$version.jar" --date 2026-01-01T00:00:00Z -C "build/$dir" .
done
rm -rf build
