package io.deliverygates.coverage.sample;

/** Sample code with branches, an inner class and a method the run never calls. */
public final class Shapes {
    public String classify(int a, int b, int c) {
        if (a <= 0 || b <= 0 || c <= 0) {
            return "invalid";
        }
        if (a == b && b == c) {
            return "equilateral";
        }
        if (a == b || b == c || a == c) {
            return "isosceles";
        }
        return "scalene";
    }

    public int area(Rectangle rectangle) {
        return rectangle.width * rectangle.height;
    }

    public int perimeter(Rectangle rectangle) {
        return 2 * (rectangle.width + rectangle.height);
    }

    /** A nested class: its own CLASS counter, same source file. */
    public static final class Rectangle {
        final int width;
        final int height;

        public Rectangle(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }
}
