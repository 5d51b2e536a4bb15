#include <stdio.h>
#include "ütil/mathx.h"
int classify(int a, int b) {
    if (a > 0 && b > 0) return 1;
    if (a < 0 || b < 0) return -1;
    switch (a) { case 0: return 0; case 7: return 7; default: return 2; }
}
int unused(int x) { for (int i = 0; i < x; i++) { if (i == 3) return i; } return x; }
int main(void) { printf("%d %d %d\n", classify(1, 2), classify(0, 0), clamp(5, 0, 3)); return 0; }
