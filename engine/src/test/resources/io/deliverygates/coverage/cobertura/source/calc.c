#include <stdio.h>

/* A tiny C program to produce a real gcovr (Cobertura XML) report. */
int clamp(int value, int low, int high) {
    if (value < low) {
        return low;
    }
    if (value > high) {
        return high;
    }
    return value;
}

int sign(int value) {
    return value > 0 ? 1 : (value < 0 ? -1 : 0);
}

int unused(int value) {
    return value * 3;
}

int main(void) {
    printf("%d %d %d\n", clamp(5, 0, 10), clamp(-1, 0, 10), sign(4));
    return 0;
}
